import * as ns from "./state";

it("reads live values through the namespace object", () => {
  expect(ns.value).toBe("before");
  ns.change();
  expect(ns.value).toBe("after");
  const { value } = ns;
  expect(value).toBe("after");
});
