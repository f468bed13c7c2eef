import { filename, dirname } from "./strict.mjs";

it("mocks __filename and __dirname in javascript/auto", () => {
  expect(__filename).toBe("/index.js");
  expect(__dirname).toBe("/");
});

it("leaves them to the environment in javascript/esm", () => {
  // In node they are the bundle's own; in the browser they do not exist.
  expect(filename).not.toBe("/index.js");
  expect(dirname).not.toBe("/");
});
