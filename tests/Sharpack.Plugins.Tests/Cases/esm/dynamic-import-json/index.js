it("resolves import() of JSON to a namespace with default and named keys", async () => {
  const ns = await import("./data.json");
  expect(ns.default).toEqual({ name: "data", list: [1, 2] });
  expect(ns.name).toBe("data");
  expect(ns.list).toBe(ns.default.list);
});

it("resolves import() of a top-level JSON array", async () => {
  const ns = await import("./array.json");
  expect(ns.default).toEqual(["x", "y"]);
});
