// devtool: "eval" (development's default): every module runs through eval() with a sourceURL,
// and keeps its semantics there: strict mode for ES modules and "use strict" code, sloppy mode
// otherwise, `this`, live import bindings, module-level variables.
import { count, increment, sloppyThis, strictThis } from "./esm";
const cjs = require("./cjs");
const directive = require("./directive");

it("runs each module through eval with its sourceURL", () => {
  const fs = require("fs");
  const bundle = fs.readFileSync(__filename, "utf8");
  expect(bundle.startsWith("/*\n * ATTENTION: The \"eval\" devtool has been used")).toBe(true);
  expect(bundle).toContain("//# sourceURL=webpack:///./esm.js?");
  expect(bundle).toContain("//# sourceURL=webpack:///./cjs.js?");
});

it("keeps strictness, this and live bindings inside eval", () => {
  expect(strictThis).toBe(undefined);
  expect(sloppyThis).toBe(undefined);
  expect(cjs.sloppyThisIsGlobal).toBe(true);
  expect(cjs.thisIsExports).toBe(true);
  expect(directive.strictThis).toBe(undefined);
  expect(count).toBe(0);
  increment();
  expect(count).toBe(1);
});
