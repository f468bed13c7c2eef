import { shared, onlyA, onlyB } from "./barrel";
import * as ns from "./barrel";

it("keeps non-conflicting star exports", () => {
  expect(onlyA).toBe("a");
  expect(onlyB).toBe("b");
});

it("resolves a name provided by two star exports to the first one", () => {
  expect(shared).toBe("from a");
  expect(ns.shared).toBe("from a");
});
