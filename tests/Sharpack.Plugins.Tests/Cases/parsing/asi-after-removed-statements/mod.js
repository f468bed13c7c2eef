export function fn(x) { (fn.calls = fn.calls || []).push(x); return x; }
export const value = 1;
