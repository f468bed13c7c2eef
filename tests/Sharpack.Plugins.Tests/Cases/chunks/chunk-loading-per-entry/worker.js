// The worker entry's runtime loads chunks with importScripts (entry chunkLoading
// "import-scripts"), the same array-push chunk the page loads with a script tag.
const fs = require("fs");
const path = require("path");
const loaded = [];
global.importScripts = (...urls) => {
  for (const url of urls) {
    loaded.push(url);
    __non_webpack_require__(path.join(__dirname, url));
  }
};

it("loads the shared chunk with importScripts", async () => {
  const ns = await import(/* webpackChunkName: "shared" */ "./shared.js");
  expect(ns.default).toBe("shared");
  expect(loaded).toEqual(["shared.js"]);
});

it("has the importScripts loading in its runtime, not the page's", () => {
  const code = fs.readFileSync(__filename, "utf8");
  expect(code).toContain(["webpack/runtime/importScripts", "chunk loading"].join(" "));
  expect(code).not.toContain(["webpack/runtime/jsonp", "chunk loading"].join(" "));
});
