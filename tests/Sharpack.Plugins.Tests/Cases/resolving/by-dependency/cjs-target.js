module.exports = "cjs target";
