module.exports = "plain";
