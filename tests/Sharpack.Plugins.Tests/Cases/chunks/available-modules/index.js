// Built at run time so the test's own text does not contain what it looks for.
const moduleKey = (id) => ["/***/ ", JSON.stringify(id), ":"].join("");
import { shared } from "./shared.js";
const fs = require("fs");
const path = require("path");

it("does not duplicate a module the parent chunk already has", async () => {
  const ns = await import("./lazy.js");
  expect(ns.value).toBe("lazy+" + shared);
  const lazy = fs.readFileSync(path.join(__dirname, "lazy_js.bundle.js"), "utf8");
  expect(lazy).toContain("./lazy.js");
  expect(lazy).not.toContain(moduleKey("./shared.js"));
});

it("resolves an import() of a module that is already available without a chunk", async () => {
  const ns = await import("./shared.js");
  expect(ns.shared).toBe("shared");
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith(".js")).sort();
  expect(files).toEqual(["bundle.js", "lazy_js.bundle.js"]);
});
