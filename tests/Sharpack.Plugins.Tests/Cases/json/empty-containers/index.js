import obj from "./object.json";
import arr from "./array.json";

it("imports empty JSON object and array", () => {
  expect(obj).toEqual({});
  expect(arr).toEqual([]);
});
