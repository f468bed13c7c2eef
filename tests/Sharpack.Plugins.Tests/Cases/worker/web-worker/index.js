const ask = (worker, value) =>
  new Promise((resolve, reject) => {
    worker.onmessage = (event) => resolve(event.data);
    worker.onerror = (event) => reject(new Error(event.message || "worker error"));
    worker.postMessage(value);
  });

it("runs a web worker from its own chunk, which loads its own async chunk with importScripts", async () => {
  const worker = new Worker(new URL("./worker.js", import.meta.url));
  try {
    expect(await ask(worker, "ok")).toBe("worker: OK");
  } finally {
    worker.terminate();
  }
});
