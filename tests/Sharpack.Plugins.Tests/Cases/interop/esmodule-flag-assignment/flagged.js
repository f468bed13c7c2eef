exports.__esModule = true;
exports.default = "the default";
exports.named = "named";
