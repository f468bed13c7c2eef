const value = "value";
const dash = "dash";
export { value as "string name", dash as "with-dash" };
