import { value } from "./source";
export { value } from "./source";
export const doubled = value * 2;
