module.exports = "plain target";
