import { present, absent } from "./mod";
import * as ns from "./mod";

it("builds in development and reads a missing export as undefined", () => {
  expect(present).toBe("present");
  expect(absent).toBe(undefined);
  expect(ns.alsoAbsent).toBe(undefined);
});
