import { note } from "./log";
note("first");
export var firstValue = "one";
