it("takes CoffeeScript's wrapped callback", (done) => {
  require.ensure([], (function (_this) {
    return function (require) {
      expect(require("./a")).toBe("a");
      done();
    };
  })(this));
});

it("takes a callback by reference", (done) => {
  function loaded(req) {
    expect(typeof req).toBe("function");
    done();
  }
  require.ensure(["./a"], loaded);
});

it("takes an arrow and a chunk name", (done) => {
  require.ensure("./a", (require) => {
    expect(require("./a")).toBe("a");
    done();
  }, "named");
});
