module.exports = "readme";
