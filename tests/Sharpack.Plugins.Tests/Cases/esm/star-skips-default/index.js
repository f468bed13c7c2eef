import * as barrel from "./barrel";
import { default as explicitDefault, renamedDefault } from "./explicit";

it("does not re-export default through export *", () => {
  expect(Object.keys(barrel).sort()).toEqual(["named"]);
  expect(barrel.default).toBe(undefined);
});

it("re-exports default explicitly", () => {
  expect(explicitDefault).toBe("source default");
  expect(renamedDefault).toBe("source default");
});
