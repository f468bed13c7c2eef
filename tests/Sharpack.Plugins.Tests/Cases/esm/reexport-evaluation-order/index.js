// Re-exports from other modules take their place among the imports in statement order (webpack's
// pre-walk): `export * from "./first"` before `import { second } from "./second"` evaluates
// ./first first, also where ./second imports back from the module re-exporting it.
import { order } from "./log";
import * as hub from "./hub";

it("evaluates re-exported modules in statement order", () => {
  expect(order).toEqual(["first", "second", "hub"]);
  expect(hub.firstValue).toBe("one");
  expect(hub.secondValue).toBe("one");
  expect(hub.renamed).toBe("one");
});
