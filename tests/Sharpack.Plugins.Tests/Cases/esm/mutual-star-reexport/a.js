export * from "./b";
export const a = "a";
