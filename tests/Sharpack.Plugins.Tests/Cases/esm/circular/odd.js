import { isEven } from "./even";
export function isOdd(n) { return n === 0 ? false : isEven(n - 1); }
