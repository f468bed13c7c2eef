globalThis.__lazyEvaluated = true;
export const value = "lazy";
