import { parentPort } from "worker_threads";
import { square } from "./math.js";

parentPort.on("message", async (n) => {
  const { twice } = await import("./lazy.js");
  parentPort.postMessage("worker: " + twice(square(n)));
});
