import { result } from "./entry.mjs";

it("lets .mjs import ES modules written as .js with named and default", () => {
  expect(result).toEqual({ def: "esm default", named: "esm named" });
});
