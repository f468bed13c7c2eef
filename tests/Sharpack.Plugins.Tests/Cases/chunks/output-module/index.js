import { shared } from "./shared.js";
import fs from "fs";

it("emits ES modules whose async chunks load with import()", async () => {
  const ns = await import("./lazy.js");
  expect(ns.default).toBe("lazy " + shared);
  const chunk = fs.readFileSync(new URL("lazy_js.mjs", __webpack_public_path__), "utf8");
  expect(chunk.startsWith("export const __webpack_id__")).toBe(true);
});

it("starts each entry from its own module on one shared runtime", () => {
  const main = fs.readFileSync(new URL("main.mjs", __webpack_public_path__), "utf8");
  expect(main).toContain('from "./runtime.mjs"');
  expect(globalThis.otherSawShared).toBe("shared");
});
