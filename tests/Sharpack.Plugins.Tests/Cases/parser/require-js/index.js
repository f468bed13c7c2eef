// The parser option requireJs (webpack's RequireJsStuffPlugin): RequireJS's configuration calls
// do nothing, require.version is "0.0.0", and requirejs.onError is the runtime's uncaught error
// handler, which has none until code sets one.
it("ignores require.config and requirejs.config", () => {
  expect(require.config({ paths: {} })).toBe(undefined);
  expect(requirejs.config({})).toBe(undefined);
});

it("has a require.version", () => {
  expect(require.version).toBe("0.0.0");
});

it("has a settable requirejs.onError", () => {
  function handler() {}
  expect(typeof requirejs.onError).toBe("undefined");
  requirejs.onError = handler;
  expect(requirejs.onError).toBe(handler);
  requirejs.onError = undefined;
});
