exports.fromCjs = "cjs";
exports.other = 2;
