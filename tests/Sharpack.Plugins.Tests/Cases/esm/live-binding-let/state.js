export let count = 0;
export function increment() { count++; }
export function addTen() { count += 10; }
export function destructure() { [count] = [42]; }
export function reset() { ({ count } = { count: 0 }); }
export function loop(n) { for (count = 0; count < n; count++); }
