import def, { data } from "./flagged.js";
import * as ns from "./flagged.js";
export const fromMjs = { def, data, nsDefault: ns.default, nsData: ns.data };
