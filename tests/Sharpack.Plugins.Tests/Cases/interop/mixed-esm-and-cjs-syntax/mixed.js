import { value } from "./esm";
const cjs = require("./cjs");
export const esmValue = value;
export const cjsValue = cjs.value;
