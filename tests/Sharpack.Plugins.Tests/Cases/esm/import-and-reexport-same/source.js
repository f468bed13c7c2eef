export const value = 21;
