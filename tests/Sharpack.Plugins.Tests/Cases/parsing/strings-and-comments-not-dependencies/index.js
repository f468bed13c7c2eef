// require("./missing-in-comment");
/* import "./missing-in-block-comment"; */
const text = 'import x from "./missing-in-string"; require("./also-missing")';

it("ignores import and require text inside comments and strings", () => {
  expect(text.length).toBeGreaterThan(10);
  expect(`require("./missing-in-template")`).toContain("require");
});
