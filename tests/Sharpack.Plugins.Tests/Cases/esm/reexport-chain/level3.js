export let bottom = 0;
export function bump() { bottom++; }
