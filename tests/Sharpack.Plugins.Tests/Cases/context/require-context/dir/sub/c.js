module.exports = "c";
