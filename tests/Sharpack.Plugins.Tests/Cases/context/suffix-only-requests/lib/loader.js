exports.bySuffix = (name) => require(name + ".js");
exports.byEmptyPrefix = (name) => require("" + name + ".js");
exports.byTemplate = (name) => require(`${name}.js`);
exports.byName = (name) => require(name);
