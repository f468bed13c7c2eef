it("ignores the options argument of import()", async () => {
  const ns = await import("./mod", {});
  expect(ns.value).toBe("value");
  const json = await import("./data.json", { with: { type: "json" } });
  expect(json.default.ok).toBe(true);
});
