exports.kind = "cjs";
exports.thisIsExports = this === module.exports;
