import def from "./data.json";
import * as ns from "./data.json";
export const fromMjs = { def, keys: Object.keys(ns), nsDefault: ns.default };
