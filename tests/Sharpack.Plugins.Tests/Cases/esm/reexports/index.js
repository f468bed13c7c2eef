import { a, b, renamedC, ns, d, fromCjs } from "./barrel";
import * as barrel from "./barrel";

it("re-exports names, renamed names and namespaces", () => {
  expect(a).toBe("a");
  expect(b).toBe("b");
  expect(renamedC).toBe("c");
  expect(ns.c).toBe("c");
});

it("re-exports everything with export *", () => {
  expect(d).toBe("d");
  expect(barrel.e).toBe("e");
  expect("default" in barrel).toBe(false);
});

it("re-exports from CommonJS", () => {
  expect(fromCjs).toBe("cjs");
});
