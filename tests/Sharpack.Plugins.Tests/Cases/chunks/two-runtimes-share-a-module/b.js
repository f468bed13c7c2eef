import { runtime, load } from "./shared.js";

it("runs the shared module in runtime rb", async () => {
  expect(runtime).toBe("rb");
  expect(globalThis.sharedRuns).toBe(1);
  expect((await load()).where).toBe("rb");
});
