// A request with a known suffix and nothing known before it (`name + ".js"`) is webpack's wrapped
// context: the folder of the module, every file ending in the suffix, keyed "./file.js". A
// request that is all expression (`require(name)`) finds nothing.
const load = require("./lib/loader");

it("resolves a suffix-only request against the module's folder", () => {
  expect(load.bySuffix("./greeting")).toBe("hello");
  expect(load.byEmptyPrefix("./greeting")).toBe("hello");
  expect(load.byTemplate("./greeting")).toBe("hello");
});

it("does not resolve a name the folder's keys do not hold", () => {
  expect(() => load.bySuffix("greeting")).toThrow(/Cannot find module/);
  expect(() => load.bySuffix("./greeting.js")).toThrow(/Cannot find module/);
});

it("keeps a request with no known part an expression context", () => {
  expect(() => load.byName("./greeting.js")).toThrow(/Cannot find module/);
});
