const a = require("./a");
exports.aAtLoad = { ...a };
exports.aNow = a;
