import data from "./data.json";
import { name } from "./data.json";
const required = require("./data.json");

it("imports JSON", () => {
  expect(data).toEqual({ name: "sharpack", list: [1, 2] });
  expect(name).toBe("sharpack");
  expect(required.list).toEqual([1, 2]);
});
