export async function load() { return "loaded"; }
export function compute(x) { return x * x; }
