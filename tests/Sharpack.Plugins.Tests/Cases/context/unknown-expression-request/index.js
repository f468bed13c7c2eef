// A request with no known part is webpack's "expression" context: "." with no files, so it
// fails at run time instead of reaching the host's own require or import.
function load(name) {
  return require(name);
}

it("throws MODULE_NOT_FOUND for require of an unknown expression", () => {
  expect(() => load("./other")).toThrow("Cannot find module './other'");
  try {
    load("fs");
  } catch (e) {
    expect(e.code).toBe("MODULE_NOT_FOUND");
  }
});

it("rejects import() of an unknown expression", async () => {
  const name = ["./", "other"].join("");
  await expect(import(name)).rejects.toThrow("Cannot find module './other'");
});
