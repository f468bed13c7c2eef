module.exports = { value: "after" };
