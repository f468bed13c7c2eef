it("loads an import() made inside an async chunk", async () => {
  const outer = await import("./outer.js");
  const inner = await outer.loadInner();
  expect(inner.default).toBe("inner sees outer-helper");
});

it("gives both async chunks the parent's modules without copying them", async () => {
  const fs = require("fs");
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith(".js")).sort();
  expect(files).toEqual(["bundle.js", "inner_js.bundle.js", "outer_js.bundle.js"]);
  const inner = fs.readFileSync(__dirname + "/inner_js.bundle.js", "utf8");
  expect(inner).not.toContain("./helper.js\":");
});
