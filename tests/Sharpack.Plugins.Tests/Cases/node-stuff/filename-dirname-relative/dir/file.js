exports.filename = __filename;
exports.dirname = __dirname;
