import { base } from "./dep.js";

export let count = base;
export function tick() {
	count += 1;
}
export const label = "lib";
