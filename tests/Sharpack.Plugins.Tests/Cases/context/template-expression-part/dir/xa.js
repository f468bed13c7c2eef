module.exports = "xa";
