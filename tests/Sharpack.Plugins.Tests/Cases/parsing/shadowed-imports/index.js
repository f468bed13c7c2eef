import { value, other } from "./mod";

it("does not rewrite parameters that shadow imports", () => {
  function f(value) { return value; }
  const arrow = (value) => value * 2;
  const destructured = ({ value }) => value;
  const withDefault = (value = 5) => value;
  expect(f(1)).toBe(1);
  expect(arrow(2)).toBe(4);
  expect(destructured({ value: 3 })).toBe(3);
  expect(withDefault()).toBe(5);
});

it("does not rewrite block-scoped locals and function names that shadow imports", () => {
  {
    const value = "block";
    expect(value).toBe("block");
  }
  function inner() {
    var other = "var";
    return other;
  }
  expect(inner()).toBe("var");
  expect(value).toBe("imported");
  expect(other).toBe("other");
});

it("does not rewrite catch parameters that shadow imports", () => {
  try {
    throw "caught";
  } catch (value) {
    expect(value).toBe("caught");
  }
  expect(value).toBe("imported");
});

it("does not rewrite class and loop bindings that shadow imports", () => {
  class C { m(other) { return other; } }
  expect(new C().m("param")).toBe("param");
  const seen = [];
  for (const value of [1, 2]) seen.push(value);
  for (let other = 0; other < 1; other++) seen.push(other);
  expect(seen).toEqual([1, 2, 0]);
});
