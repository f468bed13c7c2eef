function custom(require, module) {
  return require("./not-a-real-module") + ":" + module.exports;
}

it("does not treat a local require or module as CommonJS", () => {
  expect(custom((request) => "custom " + request, { exports: "local" })).toBe("custom ./not-a-real-module:local");
  const exports = { local: true };
  expect(exports.local).toBe(true);
});
