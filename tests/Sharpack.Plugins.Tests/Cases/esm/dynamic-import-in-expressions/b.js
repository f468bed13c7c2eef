export const name = "b";
