import { add, counter, increment } from "./math";
import * as math from "./math";
import def, { named as renamed } from "./default";

it("imports named bindings", () => {
  expect(add(2, 3)).toBe(5);
  expect(math.add(1, 1)).toBe(2);
});

it("keeps bindings live", () => {
  expect(counter).toBe(0);
  increment();
  expect(counter).toBe(1);
  expect(math.counter).toBe(1);
});

it("imports default and renamed exports", () => {
  expect(def()).toBe("default");
  expect(renamed).toBe("named");
  expect(Object.keys(math).sort()).toEqual(["add", "counter", "increment"]);
});

it("marks namespaces as modules", () => {
  expect(math[Symbol.toStringTag]).toBe("Module");
  const shorthand = { add };
  expect(shorthand.add(1, 2)).toBe(3);
});
