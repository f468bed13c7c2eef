import { shared } from "./shared.js"; window.lazyExecutions = (window.lazyExecutions || 0) + 1; export const value = "lazy+" + shared;
