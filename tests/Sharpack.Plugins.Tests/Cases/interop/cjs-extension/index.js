const required = require("./lib.cjs");
import imported from "./lib.cjs";

it("treats .cjs files as CommonJS", () => {
  expect(required.kind).toBe("cjs");
  expect(required.thisIsExports).toBe(true);
  expect(imported).toBe(required);
});
