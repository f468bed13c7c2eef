// The case config sets node: { __filename: false, __dirname: false }; a rule's parser.node
// overrides it key by key for the modules it matches.
it("merges a rule's parser.node over the node option", () => {
  const mocked = require("./mocked");
  expect(mocked.filename).toBe("/index.js");
  expect(mocked.dirname).toBe(__dirname);
  expect(__filename).not.toBe("/index.js");
});
