import { count } from "./shared.js";
count("deep");
export const frame = (page) => "[" + page + "]";
