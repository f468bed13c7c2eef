const fs = require("fs");
const path = require("path");

it("puts import()s with the same webpackChunkName into one chunk", async () => {
  const [a, b] = await Promise.all([
    import(/* webpackChunkName: "group" */ "./a.js"),
    import(/* webpackChunkName: "group" */ "./b.js"),
  ]);
  expect(a.default + b.default).toBe("ab");
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith(".js")).sort();
  expect(files).toEqual(["bundle.js", "group.bundle.js"]);
  const group = fs.readFileSync(path.join(__dirname, "group.bundle.js"), "utf8");
  expect(group).toContain("./a.js");
  expect(group).toContain("./b.js");
});
