module.exports = { filename: __filename, dirname: __dirname };
