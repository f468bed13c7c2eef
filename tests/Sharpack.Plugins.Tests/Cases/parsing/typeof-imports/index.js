import def, { fn, obj, missing } from "./mod";
import * as ns from "./mod";

it("evaluates typeof on imported bindings at runtime", () => {
  expect(typeof def).toBe("string");
  expect(typeof fn).toBe("function");
  expect(typeof obj).toBe("object");
  expect(typeof missing).toBe("undefined");
  expect(typeof ns).toBe("object");
});
