import { log } from "./log";
log.push("shared");
