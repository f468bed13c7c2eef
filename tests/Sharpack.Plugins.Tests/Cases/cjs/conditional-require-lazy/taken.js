module.exports = "taken";
