import { count } from "./shared.js";
const fs = require("fs");

it("puts the runtime in its own chunk, required by each entry chunk", () => {
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith(".js")).sort();
  expect(files).toEqual(["a.js", "b.js", "lazy_js.js", "runtime.js"]);
  expect(fs.readFileSync(__dirname + "/a.js", "utf8")).toContain('require("./runtime.js")');
  expect(fs.readFileSync(__dirname + "/a.js", "utf8")).not.toContain(["function", "__webpack_require__("].join(" "));
  expect(fs.readFileSync(__dirname + "/runtime.js", "utf8")).toContain(["function", "__webpack_require__("].join(" "));
});

it("shares one module cache between the entries of the runtime", () => {
  expect(count()).toBe(1);
});

it("loads async chunks through the shared runtime", async () => {
  const ns = await import("./lazy.js");
  expect(ns.default).toBe("lazy");
});
