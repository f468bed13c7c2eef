exports.kept = true;
exports = { replaced: true };
exports.more = true;
