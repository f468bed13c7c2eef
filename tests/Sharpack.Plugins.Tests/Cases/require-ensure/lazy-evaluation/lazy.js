globalThis.__ensureLazyEvaluated = true;
module.exports = "lazy";
