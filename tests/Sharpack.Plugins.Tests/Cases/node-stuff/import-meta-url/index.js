import { url as nestedUrl } from "./sub/nested";

it("gives each module its own file URL", () => {
  const url = new URL(import.meta.url);
  expect(url.protocol).toBe("file:");
  expect(url.pathname.endsWith("/node-stuff/import-meta-url/index.js")).toBe(true);
  expect(nestedUrl.endsWith("/node-stuff/import-meta-url/sub/nested.js")).toBe(true);
  expect(typeof import.meta.url).toBe("string");
});
