module.exports = "text";
