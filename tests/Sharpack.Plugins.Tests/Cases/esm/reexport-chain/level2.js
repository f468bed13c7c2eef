export { bottom as middle } from "./level3";
export * from "./level3";
