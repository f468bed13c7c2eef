import { ns, one } from "./barrel";

it("re-exports an imported namespace object", () => {
  expect(ns.one).toBe(1);
  expect(ns.two).toBe(2);
  expect(ns[Symbol.toStringTag]).toBe("Module");
  expect(one).toBe(1);
});
