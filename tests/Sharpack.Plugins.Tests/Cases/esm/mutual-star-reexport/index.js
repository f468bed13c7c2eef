import { a, b } from "./a";
import * as nsB from "./b";

it("handles export * cycles between modules", () => {
  expect(a).toBe("a");
  expect(b).toBe("b");
  expect(nsB.a).toBe("a");
  expect(nsB.b).toBe("b");
});
