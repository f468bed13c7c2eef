it("does not evaluate ensured modules until they are required", (done) => {
  require.ensure(["./lazy"], function (require) {
    expect(globalThis.__ensureLazyEvaluated).toBe(undefined);
    expect(require("./lazy")).toBe("lazy");
    expect(globalThis.__ensureLazyEvaluated).toBe(true);
    done();
  });
});
