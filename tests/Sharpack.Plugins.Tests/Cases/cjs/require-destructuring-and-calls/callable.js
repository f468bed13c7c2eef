module.exports = function () { return "called"; };
module.exports.method = function () { return this; };
