import { helper } from "./helper.js";
export const loadInner = () => import("./inner.js");
export const name = helper;
