global.ensuredLoaded = (global.ensuredLoaded || 0) + 1; module.exports = "listed";
