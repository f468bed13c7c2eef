import text from "./text.json";

it("keeps unicode and escapes in JSON strings", () => {
  expect(text.greek).toBe("αβγ");
  expect(text.emoji).toBe("😀");
  expect(text.escaped).toBe("é\n\t\"quoted\"");
  expect(text.separators).toBe("\u2028\u2029");
  expect(text["ключ"]).toBe("значение");
});
