import { "string name" as stringName, "with-dash" as dashed, plain } from "./strings";
import * as ns from "./strings";

it("imports exports named by string literals", () => {
  expect(stringName).toBe("value");
  expect(dashed).toBe("dash");
  expect(plain).toBe("dash");
});

it("exposes string names on the namespace", () => {
  expect(ns["string name"]).toBe("value");
  expect(ns["with-dash"]).toBe("dash");
  expect(ns["re exported"]).toBe("value");
});
