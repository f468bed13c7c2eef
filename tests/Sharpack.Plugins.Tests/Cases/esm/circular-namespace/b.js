import * as a from "./a";
export const name = "b";
export function describe() { return "b sees a:" + a.name; }
