module.exports = "bundled";
