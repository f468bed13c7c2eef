it("tries .js before .json", () => {
  expect(require("./both")).toBe("js");
});

it("falls back to .json", () => {
  expect(require("./only-json")).toEqual({ json: true });
});

it("keeps an explicit extension", () => {
  expect(require("./both.json")).toEqual({ kind: "json" });
});
