import { runtime, load } from "./shared.js";

it("runs the shared module in runtime ra", async () => {
  expect(runtime).toBe("ra");
  expect(globalThis.sharedRuns).toBe(1);
  expect((await load()).where).toBe("ra");
});
