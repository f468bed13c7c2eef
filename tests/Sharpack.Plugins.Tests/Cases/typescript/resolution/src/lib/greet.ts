import { double } from "../util.js";
export const greet = (name: string): string => `hi ${name} ${double(2)}`;
