const fs = require("fs");

it("gives each entry a runtime chunk of its own", () => {
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith(".js")).sort();
  expect(files).toEqual(["a.js", "b.js", "lazy_js.js", "runtime~a.js", "runtime~b.js"]);
  expect(fs.readFileSync(__filename, "utf8")).toContain('require("./runtime~a.js")');
  expect(fs.readFileSync(__filename, "utf8")).not.toContain(["function", "__webpack_require__("].join(" "));
});

it("loads an async chunk through its runtime", async () => {
  expect((await import("./lazy.js")).default).toBe("lazy");
});
