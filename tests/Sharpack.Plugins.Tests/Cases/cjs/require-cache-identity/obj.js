module.exports = { created: Date.now() };
