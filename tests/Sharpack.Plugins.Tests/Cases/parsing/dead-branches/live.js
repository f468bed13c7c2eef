module.exports = "live";
