import { log } from "../log";
log.push("dir/a");
export const name = "a";
