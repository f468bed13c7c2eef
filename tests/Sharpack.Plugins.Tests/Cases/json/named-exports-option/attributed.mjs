// `with { type: "json" }` makes the value the default export only (webpack's default rule, over module.parser.json).
import * as attributed from "./other.json" with { type: "json" };
export const attributedKeys = Object.keys(attributed).sort().join(",");
