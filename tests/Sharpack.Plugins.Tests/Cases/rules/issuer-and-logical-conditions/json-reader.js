module.exports = { a: require("./a.txt"), skip: require("./skip.txt") };
