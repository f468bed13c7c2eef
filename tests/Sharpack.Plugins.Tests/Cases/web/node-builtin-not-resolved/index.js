// webpack 5 does not polyfill node's built-ins for the web: `path` is not found.
import path from "path";

it("is never run: the build fails", () => {
  expect(path).toBe(undefined);
});
