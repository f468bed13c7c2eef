export const helper = "self helper";
