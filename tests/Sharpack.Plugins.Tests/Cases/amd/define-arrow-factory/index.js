it("accepts arrow function factories", () => {
  expect(require("./arrow")).toBe("arrow:dep");
});
