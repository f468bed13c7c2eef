exports.a = "a";
exports.b = "b";
