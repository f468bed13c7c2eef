export const word = "right";
