export const alpha = 1;
export const beta = 2;
