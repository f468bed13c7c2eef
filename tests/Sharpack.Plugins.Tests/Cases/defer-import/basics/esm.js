import { log } from "./log";
log.push("esm");
export const value = 42;
export function read() { return value; }
export default "esm-default";
