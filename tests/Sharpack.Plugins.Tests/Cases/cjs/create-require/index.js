import fs from "fs";
import { createRequire } from "module";

const require2 = createRequire(import.meta.url);

it("bundles what a createRequire(import.meta.url) require function loads", () => {
  expect(require2("./data.cjs").value).toBe(42);
  expect(require2.resolve("./data.cjs")).toBe(require2.resolve("./data.cjs"));
});

it("drops the import of node's module and the createRequire call", () => {
  const code = fs.readFileSync(__filename, "utf8");
  expect(code).toContain("/* createRequire() */ undefined");
  expect(code).not.toMatch(/require\(["']module["']\)/);
  // data.cjs is a module of the bundle, not a file node requires at run time.
  expect(code).toMatch(/^\/\*\*\*\/ "\.\/data\.cjs"/m);
});
