it("requires JSON as a shared object", () => {
  const data = require("./data.json");
  expect(data.items).toEqual(["a", "b"]);
  data.items.push("c");
  expect(require("./data.json").items).toEqual(["a", "b", "c"]);
});

it("requires JSON without the extension", () => {
  expect(require("./data").name).toBe("data");
});
