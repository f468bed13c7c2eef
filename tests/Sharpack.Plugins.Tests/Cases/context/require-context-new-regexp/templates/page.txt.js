module.exports = "page";
