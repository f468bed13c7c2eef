import { load, compute } from "./fns";

it("exports named async and ordinary functions", async () => {
  expect(compute(3)).toBe(9);
  expect(compute.name).toBe("compute");
  expect(load.name).toBe("load");
  await expect(load()).resolves.toBe("loaded");
});
