export const present = "present";
