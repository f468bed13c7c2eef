export { a } from "./a";
import { b } from "./a";
export { b };
export { c as renamedC } from "./c";
export * as ns from "./c";
export * from "./de";
export { value as fromCjs } from "./cjs";
