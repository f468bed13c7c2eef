module.exports = "entry";
