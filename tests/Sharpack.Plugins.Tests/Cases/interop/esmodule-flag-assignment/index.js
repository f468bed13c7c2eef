import def, { named } from "./flagged";
import * as ns from "./flagged";

it("uses exports.default when exports.__esModule = true", () => {
  expect(def).toBe("the default");
  expect(named).toBe("named");
  expect(ns.default).toBe("the default");
  expect(ns.named).toBe("named");
});
