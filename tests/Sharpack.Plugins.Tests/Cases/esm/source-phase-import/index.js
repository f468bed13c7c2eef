import source value from "ext-value";
import plain from "ext-value";
import source from "./source-named.js";

it("binds an external's value to a source-phase import", () => {
  expect(value).toBe(3);
  expect(plain).toBe(3);
});

it("still reads `import source from` as a default import named source", () => {
  expect(source).toBe("default named source");
});
