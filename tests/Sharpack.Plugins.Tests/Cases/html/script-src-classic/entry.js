module.exports = "first entry";
