module.exports = "hallo";
