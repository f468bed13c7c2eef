export const value = "internal value";
