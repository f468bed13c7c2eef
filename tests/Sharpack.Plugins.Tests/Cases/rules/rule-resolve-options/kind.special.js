export const kind = "special";
