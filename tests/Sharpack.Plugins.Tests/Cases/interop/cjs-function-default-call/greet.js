module.exports = (name) => "hi " + name;
