import { fn, value } from "./mod";

it("keeps statements apart when an imported call follows a line without semicolon", () => {
  const a = 1
  fn()
  let b = a
  ;[value].forEach(() => {})
  const c = b
  fn`tagged`
  expect(c).toBe(1);
  expect(fn.calls).toBe(2);
});
