export const helper = "outer-helper";
