// node.__filename true: the module's path relative to the context; node.__dirname "warn-mock":
// "/" with a warning.
const sub = require("./sub/file");

it("writes __filename relative to the context and mocks __dirname", () => {
  expect(__filename).toBe("index.js");
  expect(sub.filename).toBe("sub/file.js");
  expect(__dirname).toBe("/");
});
