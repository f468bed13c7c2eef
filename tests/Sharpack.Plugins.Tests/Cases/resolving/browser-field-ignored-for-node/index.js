import value from "isomorphic";
import mapped from "mapped";

it("ignores a string browser field for the node target", () => {
  expect(value).toBe("node main");
});

it("ignores browser field file mappings for the node target", () => {
  expect(mapped).toBe("real file");
});
