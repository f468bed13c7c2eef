import { count } from "../shared.js";
count("en");
export const greeting = "hello";
