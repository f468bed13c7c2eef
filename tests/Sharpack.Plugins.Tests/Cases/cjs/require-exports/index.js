const lib = require("./lib");
const { twice } = require("./lib.js");

it("requires CommonJS modules", () => {
  expect(lib.name).toBe("lib");
  expect(twice(4)).toBe(8);
  expect(require("./lib")).toBe(lib);
});

it("treats top-level this as exports", () => {
  expect(lib.viaThis).toBe(true);
});

it("replaces typeof require", () => {
  expect(typeof require).toBe("function");
});
