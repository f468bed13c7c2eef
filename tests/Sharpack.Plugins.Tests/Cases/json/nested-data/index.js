import data from "./data.json";
import { nested } from "./data.json";

it("imports nested JSON objects and arrays", () => {
  expect(data.nested.deep.list[1].name).toBe("second");
  expect(nested.deep.flag).toBe(false);
  expect(nested).toBe(data.nested);
});
