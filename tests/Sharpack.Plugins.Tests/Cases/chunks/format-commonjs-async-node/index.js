// target "async-node": CommonJS chunks (output.chunkFormat "commonjs") loaded by chunkLoading
// "async-node", which sharpack loads with require as "require" does.
const fs = require("fs");

it("loads an async CommonJS chunk", async () => {
  const ns = await import("./lazy.js");
  expect(ns.value).toBe(42);
  expect(fs.readFileSync(__dirname + "/lazy_js.bundle.js", "utf8")).toMatch(/^exports\.id = /);
});

it("uses the require chunk loading and the global object", () => {
  const code = fs.readFileSync(__filename, "utf8");
  expect(code).toContain(["webpack/runtime/require", "chunk loading"].join(" "));
});
