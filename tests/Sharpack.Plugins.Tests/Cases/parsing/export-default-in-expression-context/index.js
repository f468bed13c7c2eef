import value from "./mod";

it("exports a default expression containing the name default and a regex", () => {
  expect(value).toEqual({ default: "key named default", re: "a/b" });
});
