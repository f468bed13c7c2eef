const fs = require("fs");

it("starts on its own runtime chunk", () => {
  expect(fs.readFileSync(__filename, "utf8")).toContain('require("./runtime~b.js")');
});

it("loads the same async chunk through its own runtime", async () => {
  expect((await import("./lazy.js")).default).toBe("lazy");
});
