it("follows require through a variable, evaluated when it is a condition", () => {
  var direct = require;
  var guarded = typeof require !== "undefined" && require;
  expect(direct("./file")).toBe("file");
  expect(guarded("./file")).toBe("file");
});

it("follows require through an assignment", () => {
  var later;
  (function () {
    later = require;
    expect(later("./file")).toBe("file");
  })();
});

it("follows require into an IIFE's parameter, called, .call()ed and arrow", () => {
  (function (r) {
    expect(r("./file")).toBe("file");
  })(require);
  (function (unused, r) {
    expect(r("./file")).toBe("file");
    expect(unused).toBe(7);
  }).call(this, 7, typeof require === "function" ? require : null);
  ((r) => {
    expect(r("./file")).toBe("file");
  })(require);
});

it("keeps a parameter without an argument a local", () => {
  (function (r, require) {
    expect(r("./file")).toBe("file");
    expect(typeof require).toBe("undefined");
  })(require);
});

it("makes require used as a value an empty context that throws", () => {
  var holder = { require };
  expect(() => holder.require("./file")).toThrow(/Cannot find module/);
});
