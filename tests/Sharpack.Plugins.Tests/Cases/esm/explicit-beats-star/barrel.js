export * from "./a";
export const value = "local";
export { explicit as other } from "./b";
export * from "./b";
