import list from "./list.json";
const required = require("./list.json");

it("imports a JSON array", () => {
  expect(Array.isArray(list)).toBe(true);
  expect(list).toEqual([1, "two", { three: 3 }, [4]]);
  expect(required).toBe(list);
});
