// Runs a bundled test case in node with a jest-like `it`/`expect` (jest's own `expect`),
// supporting `done` callbacks and returned promises; prints one line per test and a summary.
const path = require("path");
const fs = require("fs");
let [expectPath, ...bundles] = process.argv.slice(2);
// --snapshots=<dir>: `expect(x).toMatchSnapshot()` compares x with "<dir>/<test name> <n>.txt"
// (webpack's snapshots, written out by tools/webpack-snapshots.mjs).
const snapshots = bundles[0] && bundles[0].startsWith("--snapshots=") ? bundles.shift().slice(12) : null;
global.expect = require(expectPath).expect;
const tests = [];
global.it = (name, fn) => tests.push({ name, fn });
let current = null;
const snapshotCounts = new Map();
expect.extend({
  toMatchSnapshot(received) {
    const count = (snapshotCounts.get(current) || 0) + 1;
    snapshotCounts.set(current, count);
    const name = `${current} ${count}`.replace(/[/\\:*?"<>|]/g, "_");
    const file = snapshots && path.join(snapshots, name + ".txt");
    if (!file || !fs.existsSync(file)) return { pass: false, message: () => `no snapshot "${name}"` };
    const expected = fs.readFileSync(file, "utf8");
    const pass = received === expected;
    return { pass, message: () => pass ? "" : `snapshot "${name}" differs:\n${this.utils.diff(expected, received)}` };
  },
});
(async () => {
  // As webpack's runner: an async entry's exports are a promise, awaited before the tests.
  for (const bundle of bundles) {
    // A page's stylesheet (test.json lists an initial chunk's .css) is for the browser only.
    if (bundle.endsWith(".css")) continue;
    // ES module output (output.module) is imported; everything else is required.
    const exported = bundle.endsWith(".mjs")
      ? await import(require("url").pathToFileURL(path.resolve(bundle)).href)
      : require(path.resolve(bundle));
    if (exported && typeof exported.then === "function") await exported;
  }
  await new Promise((resolve) => setImmediate(resolve));
  let failed = 0;
  // Tests registered while earlier tests run are picked up too.
  for (let i = 0; i < tests.length; i++) {
    const test = tests[i];
    current = test.name;
    try {
      if (test.fn.length > 0) {
        await new Promise((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error("done() not called within 5 s")), 5000);
          test.fn((error) => { clearTimeout(timer); error ? reject(error) : resolve(); });
        });
      } else {
        await test.fn();
      }
      console.log("ok " + test.name);
    } catch (error) {
      failed++;
      console.log("FAIL " + test.name + ": " + (error && error.message));
    }
  }
  if (tests.length === 0) { console.log("FAIL no tests registered"); failed++; }
  console.log(`${tests.length - failed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
})();
