export { thing } from "./gone";
export * from "./also-gone";
