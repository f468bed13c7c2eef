const { log } = require("./log");
log.push("cjs");
module.exports = function greet() { return "hi"; };
module.exports.extra = 7;
