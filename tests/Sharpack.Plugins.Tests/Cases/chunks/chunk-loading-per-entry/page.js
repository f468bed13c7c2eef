// The page's runtime loads chunks with script tags (output.chunkLoading "jsonp"); here a
// minimal document runs an appended script with node's require, then fires its load event.
const fs = require("fs");
const path = require("path");
const loaded = [];
global.document = {
  head: {
    appendChild(script) {
      setTimeout(() => {
        loaded.push(script.src);
        __non_webpack_require__(path.join(__dirname, script.src));
        script.onload({ type: "load", target: script });
      });
    },
  },
  getElementsByTagName: () => [],
  createElement: () => ({ setAttribute(name, value) { this[name] = value; }, getAttribute(name) { return this[name]; } }),
};

it("loads the shared chunk with a script tag", async () => {
  const ns = await import(/* webpackChunkName: "shared" */ "./shared.js");
  expect(ns.default).toBe("shared");
  expect(loaded).toEqual(["shared.js"]);
});

it("has the JSONP loading in its runtime, not the worker's", () => {
  const code = fs.readFileSync(__filename, "utf8");
  expect(code).toContain(["webpack/runtime/jsonp", "chunk loading"].join(" "));
  expect(code).not.toContain(["webpack/runtime/importScripts", "chunk loading"].join(" "));
});
