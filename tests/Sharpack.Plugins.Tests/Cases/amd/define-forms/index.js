it("supports define(factory)", () => {
  expect(require("./factory")).toBe("factory");
});

it("supports define([deps], factory) with require, exports and module", () => {
  const withDeps = require("./with-deps");
  expect(withDeps.sum).toBe(3);
  expect(withDeps.sameExports).toBe(true);
});

it("supports define(object) and local modules", () => {
  expect(require("./object").kind).toBe("object");
  expect(require("./local")).toBe("local:42");
});

it("exposes define.amd and typeof define", () => {
  expect(typeof define).toBe("function");
  expect(typeof define.amd).toBe("object");
});

it("loads modules with AMD require", (done) => {
  require(["./factory", "./object"], (factory, object) => {
    expect(factory).toBe("factory");
    expect(object.kind).toBe("object");
    done();
  });
});
