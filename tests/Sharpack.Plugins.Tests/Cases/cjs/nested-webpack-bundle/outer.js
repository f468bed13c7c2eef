module.exports = "the outer module";
