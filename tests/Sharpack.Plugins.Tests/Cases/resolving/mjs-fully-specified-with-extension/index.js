import { value } from "./strict.mjs";

it("resolves fully specified requests from .mjs", () => {
  expect(value).toBe("helper:data");
});
