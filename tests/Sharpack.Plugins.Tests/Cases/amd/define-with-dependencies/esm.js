export const name = "esm";
