export const word = "wrong";
