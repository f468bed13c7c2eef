exports.early = "early";
const b = require("./b");
exports.sawFromB = b.aAtLoad;
exports.done = true;
