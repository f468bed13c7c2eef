import data from "./keys.json";
import { "with-dash" as dashed } from "./keys.json";

it("keeps keys that are not identifiers", () => {
  expect(data["with-dash"]).toBe(1);
  expect(data["with space"]).toBe(2);
  expect(data["1"]).toBe(3);
  expect(data[""]).toBe(4);
  expect(dashed).toBe(1);
  expect(Object.keys(data)).toEqual(["1", "with-dash", "with space", ""]);
});
