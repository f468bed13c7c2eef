// oneOf applies only its first matching rule (the second also matches "?json" and would set
// asset/source, which has no handler); nested rules apply after their parent's own effects, and
// a oneOf after them.
it("takes the first matching rule of a oneOf", () => {
  expect(require("./value.data?json")).toEqual({ kind: "json" });
  expect(require("./script.data")).toEqual({ kind: "script" });
});

it("applies nested rules after their parent", () => {
  expect(require("./value.data?nested")).toEqual({ kind: "json" });
});
