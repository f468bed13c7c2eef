import path from "path";
const fs = require("node:fs");

it("loads node built-ins as externals", () => {
  expect(path.join("a", "b")).toBe("a" + path.sep + "b");
  expect(typeof fs.readFileSync).toBe("function");
});
