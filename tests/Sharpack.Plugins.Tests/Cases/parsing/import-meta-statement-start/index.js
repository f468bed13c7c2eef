let seen = "none";
import.meta.webpack === 5 && (seen = "statement");
import.meta.url;

it("parses import.meta at the start of a statement", () => {
  expect(seen).toBe("statement");
  expect(typeof import.meta.url).toBe("string");
});
