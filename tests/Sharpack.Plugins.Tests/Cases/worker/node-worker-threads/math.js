export const square = (n) => n * n;
