import { shared } from "./shared.js"; export const value = "lazy+" + shared;
