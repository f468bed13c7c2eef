Object.defineProperty(exports, "__esModule", { value: true });
exports.named = "named";
