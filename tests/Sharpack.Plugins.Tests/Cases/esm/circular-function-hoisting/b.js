import { helper } from "./a";
export const usesA = helper();
