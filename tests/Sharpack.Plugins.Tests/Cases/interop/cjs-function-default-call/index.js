import greet from "./greet";
import { greet as named } from "./named";

it("calls a default-imported CommonJS function", () => {
  expect(greet("x")).toBe("hi x");
});

it("calls a named CommonJS export without its exports object as this", () => {
  expect(named()).toBe(undefined);
});
