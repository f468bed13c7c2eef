exports.sloppyThisIsGlobal = (function () { return this; })() === globalThis;
exports.thisIsExports = this === exports;
