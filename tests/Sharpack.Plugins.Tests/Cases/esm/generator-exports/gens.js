export default function* () { yield "a"; yield "b"; }
export function* range(n) { for (let i = 0; i < n; i++) yield i; }
export async function* asyncRange(n) { for (let i = 0; i < n; i++) { await null; yield i; } }
