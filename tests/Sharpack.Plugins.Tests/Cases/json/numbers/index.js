import n from "./numbers.json";

it("parses JSON numbers exactly", () => {
  expect(n.int).toBe(42);
  expect(n.negative).toBe(-7);
  expect(n.float).toBe(3.25);
  expect(n.exponent).toBe(1.5e10);
  expect(n.smallExponent).toBe(2e-7);
  expect(n.big).toBe(9007199254740993);
  // As webpack's JsonGenerator writes it: JSON.stringify(-0) is "0".
  expect(Object.is(n.negativeZero, 0)).toBe(true);
});
