it("waits for modules with top-level await before running their importers", async () => {
  const { value, order } = await import("./uses-async");
  expect(value).toBe(42);
  expect(order).toEqual(["async start", "async end", "importer"]);
});

it("resolves import() of an async module to its namespace", async () => {
  const ns = await import("./async");
  expect(ns.answer).toBe(42);
});

it("gives require() of an async module a promise of its exports", async () => {
  const promise = require("./async");
  expect(typeof promise.then).toBe("function");
  expect((await promise).answer).toBe(42);
});
