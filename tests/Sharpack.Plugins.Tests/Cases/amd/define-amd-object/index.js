it("provides define.amd as an object", () => {
  expect(typeof define.amd).toBe("object");
  expect(define.amd).not.toBe(null);
});

it("takes the AMD branch of UMD wrappers with a function literal factory", () => {
  expect(require("./umd")).toBe("via amd");
});
