require("./shared-this.js");
require("worker_threads").parentPort.on("message", () => require("worker_threads").parentPort.postMessage("b:" + globalThis.sharedTag));
