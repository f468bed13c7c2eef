import cjsDefault from "./legacy.cjs";
import * as ns from "./legacy.cjs";
import { helper } from "./helper.js";
export const summary = { topThis: this, cjsDefault, nsDefault: ns.default, nsValue: ns.value, helper };
