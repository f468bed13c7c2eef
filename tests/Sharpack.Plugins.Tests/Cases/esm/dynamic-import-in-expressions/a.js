export const name = "a";
