import { summary } from "./esm/main.js";

it("treats .js files under a type: module package as strict ES modules", () => {
  expect(summary.topThis).toBe(undefined);
  expect(summary.cjsDefault).toEqual({ value: "cjs" });
  expect(summary.nsDefault).toBe(summary.cjsDefault);
  expect(summary.nsValue).toBe("cjs");
  expect(summary.helper).toBe("helper");
});
