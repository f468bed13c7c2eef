const value = "value";
const dash = "dash";
export { value as "string name", dash as "with-dash" };
export { "with-dash" as plain } from "./strings-source";
export { "string name" as "re exported" } from "./strings-source";
