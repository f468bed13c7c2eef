// A request with a fragment (`./dir/part#name`) reads the file before the `#`; the module keeps
// the fragment as __resourceFragment, and two fragments are two modules.
it("reads the file before the fragment and keeps the fragment", () => {
  expect(require("./dir/part#first")).toBe("#first");
  expect(require("./dir/part#/with/slashes")).toBe("#/with/slashes");
  expect(require("./dir/part?q#f")).toBe("#f");
});
