import { fromMjs } from "./importer.mjs";

it("gives strict ES modules a namespace object for CommonJS", () => {
  expect(fromMjs.defaultValue()).toBe("fn");
  expect(fromMjs.nsDefault()).toBe("fn");
  expect(fromMjs.nsHelper).toBe("helper");
  expect(fromMjs.json.name).toBe("json");
});
