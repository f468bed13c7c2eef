import "./shared";
import { log } from "./log";
log.push("second");
