import str from "./string.json";
import num from "./number.json";
import bool from "./bool.json";
import nul from "./null.json";

it("imports JSON documents that are a single primitive", () => {
  expect(str).toBe("just a string");
  expect(num).toBe(123);
  expect(bool).toBe(true);
  expect(nul).toBe(null);
  expect(require("./null.json")).toBe(null);
});
