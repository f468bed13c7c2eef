export * from "./awaiting";
export default "outer default";
