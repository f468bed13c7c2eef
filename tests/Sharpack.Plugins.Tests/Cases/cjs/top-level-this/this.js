this.viaThis = "this";
exports.sameAsExports = this === module.exports && this === exports;
