import { fromB } from "./a";

it("can call a hoisted function of a module that is still evaluating", () => {
  expect(fromB).toBe("helper from a");
});
