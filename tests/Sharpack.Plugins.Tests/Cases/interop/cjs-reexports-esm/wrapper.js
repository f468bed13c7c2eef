module.exports = require("./esm");
