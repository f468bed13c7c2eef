import { b } from "../sibling-missing";
export const a = 1;
