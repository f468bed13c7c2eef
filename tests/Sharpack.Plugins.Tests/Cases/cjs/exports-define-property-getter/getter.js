let value = 1;
Object.defineProperty(exports, "value", { enumerable: true, get: () => value });
exports.bump = () => { value++; };
