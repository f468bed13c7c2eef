import { log } from "./log";
log.push("lazy");
export const lazy = "lazy";
