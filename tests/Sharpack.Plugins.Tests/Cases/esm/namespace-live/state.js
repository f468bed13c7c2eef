export let value = "before";
export function change() { value = "after"; }
