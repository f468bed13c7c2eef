it("replaces import.meta.webpack with the major version", () => {
  expect(import.meta.webpack).toBe(5);
  expect(typeof import.meta.webpack).toBe("number");
});

it("reads unknown import.meta properties as undefined", () => {
  expect(import.meta.somethingUnknown).toBe(undefined);
});
