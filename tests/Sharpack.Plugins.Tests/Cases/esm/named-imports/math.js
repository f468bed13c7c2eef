export function add(a, b) { return a + b; }
export let counter = 0;
export const increment = () => { counter++; };
