import def, * as ns from "./mod";
import { default as def2, named as renamed } from "./mod";
import def3, { named } from "./mod";
import {} from "./mod";

it("supports every import clause form", () => {
  expect(def).toBe("def");
  expect(def2).toBe("def");
  expect(def3).toBe("def");
  expect(ns.default).toBe("def");
  expect(renamed).toBe("named");
  expect(named).toBe("named");
});
