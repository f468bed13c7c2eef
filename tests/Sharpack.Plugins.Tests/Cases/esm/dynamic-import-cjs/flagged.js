Object.defineProperty(exports, "__esModule", { value: true });
exports.default = "flagged default";
exports.named = "named";
