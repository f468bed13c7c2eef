const seenAtTop = typeof value;
const order = globalThis.__importsHoistedOrder;

it("evaluates imports before the module body even when written last", () => {
  expect(seenAtTop).toBe("string");
  expect(order).toEqual(["dep"]);
});

import { value } from "./dep";
