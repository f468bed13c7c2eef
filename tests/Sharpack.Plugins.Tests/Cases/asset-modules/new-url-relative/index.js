it("keeps the URL relative with parser.url \"relative\"", () => {
  const url = new URL("./file.txt", import.meta.url);
  expect(url.href).toMatch(/^[0-9a-f]{20}\.txt$/);
  expect(url.toString()).toBe(url.href);
  expect(url.protocol).toBe("");
  expect(url).toBeInstanceOf(URL);
});
