import fs from "fs";
import { fileURLToPath } from "url";

it("makes new URL(…, import.meta.url) an asset next to the bundle", () => {
  const url = new URL("./file.png", import.meta.url);
  expect(url.protocol).toBe("file:");
  expect(url.href).toMatch(/\/[0-9a-f]{20}\.png$/);
  expect([...fs.readFileSync(fileURLToPath(url))]).toEqual([1, 2, 3]);
});

it("leaves a folder URL to the platform, against the base URI", () => {
  const folder = new URL("./", import.meta.url);
  expect(folder.href.endsWith("/")).toBe(true);
  expect(fs.existsSync(fileURLToPath(folder))).toBe(true);
});

it("keeps new URL with webpackIgnore", () => {
  const ignored = new URL(/* webpackIgnore: true */ "./missing.png", import.meta.url);
  expect(ignored.href.endsWith("/missing.png")).toBe(true);
});

it("makes import.meta.resolve the same URL as a string", () => {
  const resolved = import.meta.resolve("./file.png");
  expect(typeof resolved).toBe("string");
  expect(resolved).toBe(new URL("./file.png", import.meta.url).href);
});

it("resolves against __webpack_base_uri__ once it is set", () => {
  const before = __webpack_base_uri__;
  __webpack_base_uri__ = "https://example.com/app/";
  try {
    expect(new URL("./file.png", import.meta.url).href).toMatch(/^https:\/\/example\.com\/app\/[0-9a-f]{20}\.png$/);
  } finally {
    __webpack_base_uri__ = before;
  }
});

it("takes only the base URI from the chunk loading runtime when it loads no chunks", () => {
  const bundle = fs.readFileSync(__filename, "utf8");
  expect(bundle).toContain("__webpack_require__.b = ");
  expect(bundle).not.toContain("installed" + "Chunks");
});
