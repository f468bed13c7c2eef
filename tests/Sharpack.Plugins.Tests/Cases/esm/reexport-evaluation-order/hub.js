export * from "./first";
export * from "./second";
import { secondValue } from "./second";
export { secondValue as renamed };
import { note } from "./log";
note("hub");
