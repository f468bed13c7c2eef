exports.count = 0;
exports.bump = () => { exports.count++; };
