import { fromDeep } from "./sub/deep/file";

it("walks up directories to find node_modules", () => {
  expect(fromDeep).toBe("walked up");
});
