module.exports = "inside";
