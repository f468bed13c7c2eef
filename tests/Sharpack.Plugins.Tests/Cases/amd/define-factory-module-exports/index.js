it("uses module.exports when the factory returns nothing", () => {
  expect(require("./no-return")).toEqual({ assigned: true });
});

it("uses the factory's return value over exports", () => {
  expect(require("./returns")).toBe("returned");
});
