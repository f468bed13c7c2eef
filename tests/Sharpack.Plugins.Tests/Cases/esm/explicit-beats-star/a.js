export const value = "star a";
export const other = "star a";
