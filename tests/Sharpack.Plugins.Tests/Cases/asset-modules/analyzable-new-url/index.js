import fs from "fs";

const url = new URL("./asset.txt", import.meta.url);

it("names the asset by a literal new URL() read from each chunk", async () => {
  expect(fs.readFileSync(url, "utf8")).toBe("hi\n");
  const deep = await import(/* webpackChunkName: "deep" */ "./deep.js");
  expect(fs.readFileSync(deep.url, "utf8")).toBe("hi\n");
  expect(deep.url.href).toBe(url.href);
});

it("writes no wrapper module that only new URL() would have read", () => {
  const bundle = fs.readFileSync(process.argv[process.argv.length - 1], "utf8");
  // Needles built from parts, so this file's own text (in the bundle too) cannot match them.
  expect(bundle).toContain('/* asset import */ "./asset' + '.txt", import.meta.url');
  // Neither the public path nor the base URI of the runtime is read.
  expect(bundle).not.toMatch(new RegExp("__webpack_require__\\.[pb]\\b"));
  expect(bundle).not.toContain('/***/ "./asset' + '.txt"');
  const deep = fs.readFileSync(new URL("./chunks/deep.mjs", url), "utf8");
  expect(deep).toContain('/* asset import */ "../asset.txt", import.meta.url');
});
