it("supports an empty dependency array and a chunk name", (done) => {
  require.ensure([], function (require) {
    expect(require("./a")).toBe("a");
    done();
  }, "named-chunk");
});

it("supports an error callback before the chunk name", (done) => {
  require.ensure([], function (require) {
    expect(require("./a")).toBe("a");
    done();
  }, function (error) { done(error); }, "other-chunk");
});
