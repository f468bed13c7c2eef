// What a dead branch declares (webpack's getHoistedDeclarations): its vars stay declared once
// each, but not those of a `with` body; its block-level functions only in sloppy code, and a
// function with a "use strict" directive is strict code.
it("keeps the vars a dead branch declares", () => {
  if (false) {
    var a, [, b] = [], { c, d: [e] } = {};
    var a;
    for (var i in {}) {}
    try { var t; } catch (err) { var u; } finally { var v; }
    with ({}) { var inWith; }
  }
  expect(() => [a, b, c, e, i, t, u, v]).not.toThrow();
  expect(() => inWith).toThrow();
});

it("keeps a dead branch's functions in sloppy code", () => {
  if (false) {
    function sloppyDeclared() {}
  }
  expect(() => sloppyDeclared).not.toThrow();
});

it("drops a dead branch's functions in a strict function", () => {
  "use strict";
  if (false) {
    function strictDeclared() {}
  }
  expect(() => strictDeclared).toThrow();
});
