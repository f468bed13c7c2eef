module.exports = "draft";
