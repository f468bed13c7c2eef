import { sloppyThrows, fnThis } from "./strict";

it("runs ES modules in strict mode", () => {
  expect(sloppyThrows).toBe(true);
  expect(fnThis).toBe(undefined);
});
