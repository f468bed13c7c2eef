module.exports = "a-test";
