import def, { named } from "./esm.js";
export const result = { def, named };
