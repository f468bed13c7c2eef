module.exports = "index (wrong)";
