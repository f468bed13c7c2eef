module.exports = "v";
