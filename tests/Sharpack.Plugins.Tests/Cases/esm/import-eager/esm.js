export const value = "esm";
