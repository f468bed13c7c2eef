module.exports = { a: "a", b: "b" };
