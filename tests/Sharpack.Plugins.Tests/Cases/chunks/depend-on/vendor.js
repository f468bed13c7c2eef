global.vendorEvaluations = (global.vendorEvaluations || 0) + 1;
export const library = (x) => "library(" + x + ")";
