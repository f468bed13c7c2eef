import { count } from "../shared.js";
count("fr");
export const greeting = "bonjour";
