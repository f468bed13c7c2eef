module.exports = "placeholder";
