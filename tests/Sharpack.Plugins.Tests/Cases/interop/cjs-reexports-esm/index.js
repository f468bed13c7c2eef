import def, { value } from "./wrapper";

it("passes an ES module namespace through a CommonJS wrapper", () => {
  expect(value).toBe("esm value");
  expect(def).toBe("esm default");
});
