const values = { alpha: "a", beta: "b" };
module.exports = Object(values);
