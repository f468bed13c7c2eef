import { usesA } from "./b";
export function helper() { return "helper from a"; }
export const fromB = usesA;
