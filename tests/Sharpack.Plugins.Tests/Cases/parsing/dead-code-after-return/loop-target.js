module.exports = { value: "loop" };
