module.exports = "other";
