it("calls the require.ensure callback on a later tick with require", (done) => {
  let sync = true;
  require.ensure(["./a"], function (require) {
    expect(sync).toBe(false);
    expect(require("./a")).toBe("a");
    done();
  });
  sync = false;
});

it("evaluates static request expressions", () => {
  expect(require("./" + "a")).toBe("a");
  expect(require(true ? "./a" : "./missing")).toBe("a");
});
