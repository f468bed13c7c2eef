module.exports = "present";
