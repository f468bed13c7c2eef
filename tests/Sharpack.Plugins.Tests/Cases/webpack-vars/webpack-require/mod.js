export const value = "mod";
