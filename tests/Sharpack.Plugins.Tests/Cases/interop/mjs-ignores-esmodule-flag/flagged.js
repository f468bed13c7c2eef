exports.__esModule = true;
exports.default = "default";
exports.data = "ok";
