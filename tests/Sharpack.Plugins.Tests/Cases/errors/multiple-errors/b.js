require("./missing-from-b");
