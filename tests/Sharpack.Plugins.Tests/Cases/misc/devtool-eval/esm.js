export let count = 0;
export function increment() { count++; }
export const strictThis = (function () { return this; })();
export const sloppyThis = this;
