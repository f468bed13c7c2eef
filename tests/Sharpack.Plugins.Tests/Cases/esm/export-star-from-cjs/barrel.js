export * from "./cjs";
export const local = "local";
