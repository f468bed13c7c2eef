module.exports = "ax";
