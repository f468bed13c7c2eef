export const café = "café";
export const abc = "abc";
export const π = 3.14;
