import value from "isomorphic";
import mapped from "mapped";

it("uses a string browser field for the web target", () => {
  expect(value).toBe("browser build");
});

it("applies browser field file mappings for the web target", () => {
  expect(mapped).toBe("browser file");
});
