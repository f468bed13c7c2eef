global.asyncEvaluations = (global.asyncEvaluations || 0) + 1;
export default "async default";
export const named = "named";
