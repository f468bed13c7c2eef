it("uses module.parser.javascript.dynamicImportMode unless a magic comment says otherwise", async () => {
  expect((await import("./eager.js")).default).toBe("eager");
  expect((await import(/* webpackMode: "lazy" */ "./lazy.js")).default).toBe("lazy");
  const files = require("fs").readdirSync(__dirname).filter((f) => f.endsWith(".js")).sort();
  expect(files).toEqual(["bundle.js", "lazy_js.bundle.js"]);
});
