// A classic worker script: its top-level `this` is the worker's global scope, not exports.
const { parentPort } = require("worker_threads");
Object.defineProperty(this, "marker", { value: "global" });
parentPort.on("message", () => parentPort.postMessage(globalThis.marker + ":" + (this === globalThis)));
