// target "async-node": CommonJS chunks (output.chunkFormat "commonjs") loaded by chunkLoading
// "async-node": read with fs.readFile and run with vm, not required.
const fs = require("fs");

it("loads an async CommonJS chunk", async () => {
  const ns = await import("./lazy.js");
  expect(ns.value).toBe(42);
  expect(fs.readFileSync(__dirname + "/lazy_js.bundle.js", "utf8")).toMatch(/^"use strict";\nexports\.id = /);
  expect(Object.keys(require.cache).some((file) => file.endsWith("lazy_js.bundle.js"))).toBe(false);
});

it("uses the readFile chunk loading", () => {
  const code = fs.readFileSync(__filename, "utf8");
  expect(code).toContain(["webpack/runtime/readFile", "chunk loading"].join(" "));
  expect(code).not.toContain(["webpack/runtime/require", "chunk loading"].join(" "));
});
