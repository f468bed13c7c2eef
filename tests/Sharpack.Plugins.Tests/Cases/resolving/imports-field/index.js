import util from "#util";
import { value } from "#internal/value";

it("resolves # specifiers through the package.json imports field", () => {
  expect(util).toBe("util");
  expect(value).toBe("internal value");
});
