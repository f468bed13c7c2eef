import fs from "fs";
import path from "path";
import { Worker } from "worker_threads";

const run = (worker, value) =>
  new Promise((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
    worker.postMessage(value);
  });

it("starts the worker from its own entry chunk, which loads its own async chunks", async () => {
  const worker = new Worker(new URL("./worker.js", import.meta.url));
  try {
    expect(await run(worker, 4)).toBe("worker: 32");
  } finally {
    await worker.terminate();
  }
});

it("names a worker by webpackChunkName and gives it a runtime of its own", async () => {
  const worker = new Worker(new URL(/* webpackChunkName: "named-worker" */ "./worker.js?named", import.meta.url));
  try {
    expect(await run(worker, 1)).toBe("worker: 2");
  } finally {
    await worker.terminate();
  }
  const code = fs.readFileSync(path.join(__dirname, "named-worker.bundle.js"), "utf8");
  // The worker's chunk starts its own runtime: it has the module cache and its entry.
  expect(code).toContain("const __webpack_module_cache__");
  expect(code).toContain("./worker.js?named");
});

it("keeps the worker's modules out of the page's chunk", () => {
  const code = fs.readFileSync(__filename, "utf8");
  expect(code).toContain("/* worker import */");
  expect(code).not.toMatch(/^\/\*\*\*\/ "\.\/worker\.js"/m);
  // The worker's runtime chunk starts it inlined (chunk loading only adds module factories).
  expect(fs.readFileSync(path.join(__dirname, "worker_js.bundle.js"), "utf8")).toContain("!*** ./worker.js ***!");
});

it("reads a worker entry's top-level this as the worker's global scope", async () => {
  const worker = new Worker(new URL("./this-worker.js", import.meta.url));
  try {
    expect(await run(worker, 0)).toBe("global:true");
  } finally {
    await worker.terminate();
  }
});

it("reads this as the global scope in a module two workers share, in each worker's runtime", async () => {
  const a = new Worker(new URL("./worker-a.js", import.meta.url));
  const b = new Worker(new URL("./worker-b.js", import.meta.url));
  try {
    expect(await run(a, 0)).toBe("a:global");
    expect(await run(b, 0)).toBe("b:global");
  } finally {
    await a.terminate();
    await b.terminate();
  }
});
