// Built at run time so the test's own text does not contain what it looks for.
const moduleKey = (id) => ["/***/ ", JSON.stringify(id), ":"].join("");
it("loads require.ensure dependencies and the callback's requires from a named chunk", (done) => {
  expect(global.ensuredLoaded).toBe(undefined);
  require.ensure(["./listed.js"], function (require) {
    expect(global.ensuredLoaded).toBe(undefined);
    expect(require("./listed.js")).toBe("listed");
    expect(require("./inside.js")).toBe("inside");
    const fs = require("fs");
    expect(fs.existsSync(__dirname + "/ensured.bundle.js")).toBe(true);
    expect(fs.readFileSync(__dirname + "/bundle.js", "utf8")).not.toContain(moduleKey("./inside.js"));
    done();
  }, "ensured");
});
