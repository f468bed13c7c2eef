import { a, b, c, d, e, f } from "./decl";

it("exports const, let and var declarations with several declarators", () => {
  expect([a, b, c, d, e, f]).toEqual([1, 2, "three", 4, undefined, "six"]);
});
