// A statement's whole `new require(…)` reads nothing: a side-effect-free module is dropped with it.
new require("./pure.js");
(require)("./pure.js?paren");
const made = new require("./kept.js");

it("drops an unread new require of a side-effect-free module", () => {
  expect(require.resolveWeak("./pure.js")).toBe(null);
  expect(require.resolveWeak("./pure.js?paren")).toBe(null);
});

it("keeps one whose value is read", () => {
  expect(typeof made).toBe("function");
  expect(require.resolveWeak("./kept.js")).not.toBe(null);
});
