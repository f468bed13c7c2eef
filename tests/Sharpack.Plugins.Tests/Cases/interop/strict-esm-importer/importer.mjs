import fn from "./cjs.js";
import * as ns from "./cjs.js";
import json from "./data.json";
export const fromMjs = { defaultValue: fn, nsDefault: ns.default, nsHelper: ns.helper, json };
