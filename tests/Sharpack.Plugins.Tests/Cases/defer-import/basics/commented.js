import { log } from "./log";
log.push("commented");
export const commented = "commented";
