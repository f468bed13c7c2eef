import { log } from "./log";
log.push("shared");
export const shared = "shared";
