export const value = "v";
