module.exports = "absent";
