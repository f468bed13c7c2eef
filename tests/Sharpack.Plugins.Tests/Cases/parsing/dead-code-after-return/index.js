// webpack's scope.terminated: in a function, what follows a return or a throw (or an if/try whose
// every path ends in one) is dead and not walked: the missing modules it requires are no errors.
// Hoisted names stay declared; loops, labels and nested functions end nothing around them; the top
// level is never ended. A javascript/dynamic script may return at its top level.
it("drops what follows a return, keeping hoisted names", () => {
  expect(() => hoistedVar).not.toThrow();
  expect(hoisted()).toBe("hoisted");
  if (true) return;
  var hoistedVar = require("./missing-after-return");
  function hoisted() { return "hoisted"; }
});

it("ends a list when both branches of an if end", () => {
  const f = (flag) => {
    if (flag) return "a";
    else throw new Error("b");
    require("./missing-after-if");
  };
  expect(f(true)).toBe("a");
});

it("ends a list when try and catch both end, or the finally does", () => {
  const f = () => {
    try { return 1; } catch (e) { return 2; }
    require("./missing-after-try");
  };
  const g = () => {
    try { } finally { return 3; }
    require("./missing-after-finally");
  };
  expect(f() + g()).toBe(4);
});

it("does not end the list around a loop, a label or a nested function", () => {
  const f = () => {
    for (;;) { return require("./loop-target").value; }
  };
  const g = () => {
    out: { break out; }
    (() => { return; })();
    return require("./after-loop").value;
  };
  expect(f()).toBe("loop");
  expect(g()).toBe("after");
});

it("lets a dynamic script return at its top level", () => {
  expect(require("./script").value).toBe("early");
});
