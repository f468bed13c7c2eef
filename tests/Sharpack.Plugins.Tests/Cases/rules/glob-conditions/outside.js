module.exports = "outside";
