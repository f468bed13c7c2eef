import * as b from "./b";
export const name = "a";
export function describe() { return "a sees b:" + b.name + ", " + b.describe(); }
