module.exports = "other-test";
