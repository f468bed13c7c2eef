export const only = "only";
