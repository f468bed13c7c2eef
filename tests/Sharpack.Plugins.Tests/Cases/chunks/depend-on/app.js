// Built at run time so the test's own text does not contain what it looks for.
const moduleKey = (id) => ["/***/ ", JSON.stringify(id), ":"].join("");
import { library } from "./vendor.js";
const fs = require("fs");

it("uses the module of the entry it depends on", () => {
  expect(library("app")).toBe("library(app)");
  expect(global.vendorEvaluations).toBe(1);
});

it("leaves the shared modules and the runtime in the depended-on entry's chunk", () => {
  const app = fs.readFileSync(__dirname + "/app.js", "utf8");
  expect(app).not.toContain(moduleKey("./vendor.js"));
  expect(app).toContain('require("./vendor.js")');
  expect(fs.readFileSync(__dirname + "/vendor.js", "utf8")).toContain("function __webpack_require__(");
});
