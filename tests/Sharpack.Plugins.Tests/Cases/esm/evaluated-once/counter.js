let evaluations = 0;
export const hit = () => { evaluations++; };
export const count = () => evaluations;
