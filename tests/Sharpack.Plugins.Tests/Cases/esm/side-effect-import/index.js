import "./side-effect";

it("runs a module imported only for its side effects", () => {
  expect(globalThis.__sideEffectRan).toBe(true);
});
