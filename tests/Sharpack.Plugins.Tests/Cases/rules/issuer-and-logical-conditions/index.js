// The issuer is the importing module: a.txt is JSON when json-reader.js imports it, b.txt is
// JavaScript when index.js imports it; and/or/not combine conditions.
it("matches the issuer and logical conditions", () => {
  const reader = require("./json-reader");
  expect(reader.a).toEqual({ from: "json" });
  expect(reader.skip).toBe("skipped");
  expect(require("./b.txt")).toBe("script");
});
