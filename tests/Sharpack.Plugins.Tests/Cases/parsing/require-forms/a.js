module.exports = { name: "a" };
