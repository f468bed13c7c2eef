import { value } from "./mod";

function ret() {
  return value
}

function retOnNextLine() {
  return
  value
}

it("keeps return/expression boundaries around imported names", () => {
  expect(ret()).toBe("value");
  expect(retOnNextLine()).toBe(undefined);
});
