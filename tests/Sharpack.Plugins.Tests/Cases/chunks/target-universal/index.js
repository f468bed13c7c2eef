// target "universal": ES module output (experiments.outputModule is on by default), chunks
// loaded with import(), the global object globalThis; node's built-ins are externals. The
// runner's working folder is the output folder (import.meta.url is the source file's URL).
import { readFileSync } from "fs";
import { join } from "path";

it("loads an async ES module chunk with import()", async () => {
  expect((await import("./lazy.js")).default).toBe("lazy");
  expect(readFileSync(join(process.cwd(), "lazy_js.mjs"), "utf8")).toContain("export const __webpack_modules__");
});

it("is an ES module using import chunk loading", () => {
  const code = readFileSync(join(process.cwd(), "main.mjs"), "utf8");
  expect(code).toContain(["webpack/runtime/import", "chunk loading"].join(" "));
  // node's require comes from the guarded process.getBuiltinModule(), not a static import of
  // node:module that would stop the bundle loading in a browser (webpack 5.112).
  expect(code).not.toContain(["import { createRequire as", "__WEBPACK_EXTERNAL_createRequire }"].join(" "));
  expect(code).toContain(["process.getBuiltinModule(\"node:module\")", "createRequire(import.meta.url)"].join("."));
});
