exports.thisInFunction = (function () { return this; })();
with ({ x: 1, y: 2 }) { exports.withResult = x + y; }
exports.octal = 010;
