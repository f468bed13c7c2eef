import { PATTERN } from "./url";

// Reached from no used export: its read of PATTERN is an unused import specifier.
export const isAbsolute = (text) => PATTERN.test(text);
export const used = () => "used";
