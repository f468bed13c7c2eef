export const value = "value";
export function fn() { return "fn"; }
