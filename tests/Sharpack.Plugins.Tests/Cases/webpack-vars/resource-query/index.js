it("exposes the request's query as __resourceQuery", () => {
  expect(require("./query?x=1").query).toBe("?x=1");
  expect(require("./query").query).toBe("");
});

it("makes a separate module instance per query", () => {
  const a = require("./query?a");
  const b = require("./query?b");
  expect(a).not.toBe(b);
  expect(a.query).toBe("?a");
  expect(b.query).toBe("?b");
  expect(require("./query?a")).toBe(a);
});
