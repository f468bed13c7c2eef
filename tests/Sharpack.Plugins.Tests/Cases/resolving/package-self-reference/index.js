import { helper } from "self-reference-case/helper";

it("resolves the package's own name through its exports field", () => {
  expect(helper).toBe("self helper");
});
