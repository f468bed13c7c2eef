import { errorName } from "./a";

it("throws a ReferenceError for a class accessed before its module evaluated", () => {
  expect(errorName).toBe("ReferenceError");
});
