globalThis.__countedEvaluations = (globalThis.__countedEvaluations || 0) + 1;
exports.evaluation = globalThis.__countedEvaluations;
