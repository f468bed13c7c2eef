global.sharedEvaluations = (global.sharedEvaluations || 0) + 1; export const count = () => global.sharedEvaluations;
