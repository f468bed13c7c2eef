import snapshot, { live, bump } from "./counter";

it("exports the value of `export default identifier` at evaluation time", () => {
  expect(snapshot).toBe(1);
  bump();
  expect(snapshot).toBe(1);
});

it("keeps `export { x as default }` live", () => {
  expect(live).toBe(3); // 2 at the end of evaluation, then bump()
});
