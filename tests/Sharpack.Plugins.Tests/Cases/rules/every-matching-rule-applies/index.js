// Every matching rule contributes its effects in order: the first rule makes every .txt file JSON,
// the second, matching later, turns code.txt back into JavaScript; a rule without a type changes nothing.
it("applies every matching rule, the last type winning", () => {
  expect(require("./data.txt")).toEqual({ answer: 42 });
  expect(require("./code.txt")).toBe("from code.txt");
  expect(require("./plain")).toBe("plain");
});
