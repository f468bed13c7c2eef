exports.lost = "lost";
module.exports = function () { return "replaced"; };
module.exports.extra = "extra";
exports.alsoLost = "written to the old exports object";
