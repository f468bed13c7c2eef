let count: number = 0;
export const next = (): number => ++count;
