it("throws when an ES module assigns module.exports, naming the module", () => {
  expect(() => require("./esm-assigns")).toThrow(
    "ES Modules may not assign module.exports or exports.*, Use ESM export syntax, instead: ./esm-assigns.js"
  );
});

it("lets an ES module read module.id and module.loaded without decorating it", () => {
  const { id, loaded } = require("./esm-reads-id");
  expect(id).toBe("./esm-reads-id.js");
  expect(loaded).toBe(false);
});
