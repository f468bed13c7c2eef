import imported from "conditional";
const required = require("conditional");

it("picks the import condition for import and require for require()", () => {
  expect(imported).toBe("import condition");
  expect(required).toBe("require condition");
});
