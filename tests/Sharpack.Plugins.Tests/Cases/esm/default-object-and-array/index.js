import obj from "./obj";
import arr from "./arr";
import seq from "./seq";

it("exports default object literals, arrays and parenthesized sequences", () => {
  expect(obj).toEqual({ kind: "object", nested: { ok: true } });
  expect(arr).toEqual([1, 2, 3]);
  expect(seq).toBe("last");
});
