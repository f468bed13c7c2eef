import { hit } from "./counter";
hit();
export const marker = "once";
