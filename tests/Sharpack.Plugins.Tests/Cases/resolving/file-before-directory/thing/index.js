module.exports = "directory";
