it("keeps the types of CommonJS free variables", () => {
  expect(typeof require).toBe("function");
  expect(typeof module).toBe("object");
  expect(typeof exports).toBe("object");
  expect(typeof require.resolve).toBe("function");
  expect(typeof module.exports).toBe("object");
});

it("evaluates typeof checks in conditions", () => {
  const kind = typeof module === "object" && typeof module.exports === "object" ? "cjs" : "other";
  expect(kind).toBe("cjs");
});
