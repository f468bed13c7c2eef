import { helper } from "./helper.js";
import data from "./data.json";
export const value = helper + ":" + data.name;
