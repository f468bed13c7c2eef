module.exports = "classic typed entry";
