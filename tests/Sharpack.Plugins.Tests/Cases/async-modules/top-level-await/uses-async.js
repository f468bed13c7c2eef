import { answer, log } from "./async";
log.push("importer");
export const value = answer;
export const order = log;
