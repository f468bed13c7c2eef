import { createRequire } from "node:module";

const req = createRequire(import.meta.url);
export const value = req("./data.cjs").value;
export const kind = typeof req;
export const cached = typeof req.cache === "object" && req.cache !== null;
