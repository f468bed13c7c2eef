it("exposes require.cache keyed by module id", () => {
  const id = require.resolve("./counted");
  const first = require("./counted");
  expect(typeof require.cache).toBe("object");
  expect(require.cache[id].exports).toBe(first);
});

it("re-evaluates a module deleted from require.cache", () => {
  const id = require.resolve("./counted");
  const first = require("./counted");
  delete require.cache[id];
  const second = require("./counted");
  expect(second).not.toBe(first);
  expect(second.evaluation).toBe(first.evaluation + 1);
});
