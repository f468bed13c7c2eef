// webpack's ConcatenatedModule: an import read only by code no used export reaches is declared
// (`var <name>;`) in the module's scope and named with the module's other top-level names, so it
// never reads another module's binding of the same name.
import { used } from "./utils";
import { isUrl } from "./url";
const fs = require("fs");

it("keeps the unused import apart from the binding of the same name", () => {
  expect(used()).toBe("used");
  expect(isUrl("https://x")).toBe(true);
  const source = fs.readFileSync(__filename, "utf-8");
  const unused = /\/\* unused harmony import specifier \*\/ var (\w+);/.exec(source);
  const bound = /const (\w+) = \/\^\[a-z\]\+:\//.exec(source);
  expect(unused).not.toBe(null);
  expect(bound).not.toBe(null);
  expect(unused[1]).not.toBe(bound[1]);
  expect(source).toContain(`const isAbsolute = (text) => ${unused[1]}.test(text)`);
  expect(source).toContain(`const isUrl = (text) => ${bound[1]}.test(text)`);
});

it("guards unused initializers except literals", () => {
  const source = fs.readFileSync(__filename, "utf-8");
  expect(source).toMatch(/const UNUSED_LIMIT = 5;/);
  expect(source).toMatch(/const UNUSED_TABLE = \(\/\* unused pure expression or super \*\/ null && \(\[\w+\]\)\);/);
});
