import { esmValue, cjsValue } from "./mixed";

it("treats a module with import and require as an ES module that can require", () => {
  expect(esmValue).toBe("esm");
  expect(cjsValue).toBe("cjs");
});
