it("throws for a weak context element no chunk brought in", () => {
  const weak = require.context("./dir", false, /\.js$/, "weak");
  expect(weak.keys()).toContain("./absent.js");
  expect(() => weak("./absent.js")).toThrow("is not available (weak dependency)");
});

it("returns a weak context element another dependency brought in", () => {
  const weak = import.meta.webpackContext("./dir", { recursive: false, regExp: /\.js$/, mode: "weak" });
  expect(weak("./present.js")).toBe("present");
  require("./dir/present.js");
});

it("loads lazy import.meta.webpackContext elements from chunks", async () => {
  const lazy = import.meta.webpackContext("./dir", { regExp: /absent/, mode: "lazy", chunkName: "ctx-[request]" });
  expect((await lazy("./absent.js")).default).toBe("absent");
  // The keys "./absent" and "./absent.js" each open a chunk of the same module; the duplicates
  // merge into one with the shorter name, as webpack's MergeDuplicateChunksPlugin does.
  expect(require("fs").existsSync(__dirname + "/ctx-absent.bundle.js")).toBe(true);
  expect(require("fs").existsSync(__dirname + "/ctx-absent-js.bundle.js")).toBe(false);
});
