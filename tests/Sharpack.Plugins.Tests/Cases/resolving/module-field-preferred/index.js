import { format } from "dual";

it("prefers the module field over main for the node target", () => {
  expect(format).toBe("esm build");
  expect(require("dual").format).toBe("esm build");
});
