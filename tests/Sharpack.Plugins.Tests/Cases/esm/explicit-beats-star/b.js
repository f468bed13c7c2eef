export const explicit = "explicit";
export const fromB = "b";
export const other = "star b";
