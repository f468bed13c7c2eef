module.exports = "skip";
