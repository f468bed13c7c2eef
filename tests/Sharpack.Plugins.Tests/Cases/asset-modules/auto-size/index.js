import small from "./small.txt";
import large from "./large.txt";

it("inlines assets up to parser.dataUrlCondition.maxSize and emits larger ones", () => {
  expect(small).toBe("data:text/plain;base64," + btoa("tiny"));
  expect(large).toMatch(/[0-9a-f]{20}\.txt$/);
});
