export function fn() { fn.calls = (fn.calls || 0) + 1; }
export const value = 1;
