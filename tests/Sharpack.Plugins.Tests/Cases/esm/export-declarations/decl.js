export const a = 1, b = 2;
export let c = "three";
export var d = 4, e, f = "six";
