export const value = "imported";
export const other = "other";
