import * as staticNs from "./mod";

it("resolves import() of an ES module to its namespace object", async () => {
  const ns = await import("./mod");
  expect(ns).toBe(staticNs);
  expect(ns.default).toBe("default");
  expect(ns.named).toBe("named");
  expect(ns[Symbol.toStringTag]).toBe("Module");
});

it("returns a Promise, the same namespace each time", async () => {
  const first = import("./mod");
  expect(first).toBeInstanceOf(Promise);
  expect(await first).toBe(await import("./mod"));
});
