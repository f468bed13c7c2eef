export { middle as top, bump as bumpBottom } from "./level2";
