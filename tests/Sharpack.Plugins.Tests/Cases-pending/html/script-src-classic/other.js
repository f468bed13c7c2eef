module.exports = "second entry";
