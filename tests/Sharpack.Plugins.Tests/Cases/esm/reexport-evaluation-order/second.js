import { firstValue } from "./hub";
import { note } from "./log";
note("second");
export var secondValue = firstValue;
