import { defineType, topThis } from "./strict.mjs";

it("does not provide define or a this to .mjs modules", () => {
  expect(defineType).toBe("undefined");
  expect(topThis).toBe(undefined);
});
