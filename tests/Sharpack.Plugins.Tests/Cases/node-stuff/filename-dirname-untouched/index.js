const path = require("path");

it("leaves __filename and __dirname to node when node.__filename/__dirname are false", () => {
  expect(path.basename(__filename)).toBe("bundle.js");
  expect(__dirname).toBe(path.dirname(__filename));
  expect(path.isAbsolute(__dirname)).toBe(true);
});
