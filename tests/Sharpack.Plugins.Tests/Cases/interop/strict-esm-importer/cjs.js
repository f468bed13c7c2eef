module.exports = function () { return "fn"; };
module.exports.helper = "helper";
