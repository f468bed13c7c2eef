module.exports = "locales index";
