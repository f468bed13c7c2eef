export * from "./a";
export const b = "b";
