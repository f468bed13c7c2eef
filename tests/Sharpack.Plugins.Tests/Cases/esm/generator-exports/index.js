import gen, { range, asyncRange } from "./gens";

it("exports generator functions", () => {
  expect([...gen()]).toEqual(["a", "b"]);
  expect([...range(3)]).toEqual([0, 1, 2]);
});

it("exports async generator functions", async () => {
  const seen = [];
  for await (const value of asyncRange(3)) seen.push(value);
  expect(seen).toEqual([0, 1, 2]);
});
