// Built at run time so the test's own text does not contain what it looks for.
const moduleKey = (id) => ["/***/ ", JSON.stringify(id), ":"].join("");
const fs = require("fs");
const path = require("path");

it("loads an import() from its own chunk file", async () => {
  expect(global.asyncEvaluations).toBe(undefined);
  const ns = await import("./async.js");
  expect(ns.default).toBe("async default");
  expect(ns.named).toBe("named");
  expect(global.asyncEvaluations).toBe(1);
  const chunkFile = path.join(__dirname, "async_js.bundle.js");
  expect(fs.existsSync(chunkFile)).toBe(true);
  expect(fs.readFileSync(path.join(__dirname, "bundle.js"), "utf8")).not.toContain(moduleKey("./async.js"));
});

it("evaluates the async module once however often it is imported", async () => {
  const [a, b] = await Promise.all([import("./async.js"), import("./async.js")]);
  expect(a).toBe(b);
  expect(global.asyncEvaluations).toBe(1);
});

it("imports a CommonJS module from a chunk as a namespace with a default", async () => {
  const ns = await import("./cjs.js");
  expect(ns.default).toEqual({ value: 7 });
  expect(ns.value).toBe(7);
});
