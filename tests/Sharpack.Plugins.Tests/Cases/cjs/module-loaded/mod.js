exports.loadedDuringEvaluation = module.loaded;
exports.module = module;
