import { scoped } from "@scope/pkg";
import sub from "@scope/pkg/sub";

it("resolves scoped packages and their files", () => {
  expect(scoped).toBe("scoped");
  expect(sub).toBe("sub");
});
