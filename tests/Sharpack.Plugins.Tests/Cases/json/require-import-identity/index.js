import imported from "./shared.json";

it("shares one JSON object between import and require", () => {
  const required = require("./shared.json");
  expect(required).toBe(imported);
  required.added = true;
  expect(imported.added).toBe(true);
});
