const id = require.resolve("./resolve-missing");
