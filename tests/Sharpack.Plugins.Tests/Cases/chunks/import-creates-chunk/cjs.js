module.exports = { value: 7 };
