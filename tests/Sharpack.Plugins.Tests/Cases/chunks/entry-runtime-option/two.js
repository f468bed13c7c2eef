import { state } from "./state.js";
state.visits.push("two");
