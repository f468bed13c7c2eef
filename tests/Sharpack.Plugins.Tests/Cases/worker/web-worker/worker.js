onmessage = async (event) => {
  const { upper } = await import("./upper.js");
  postMessage("worker: " + upper(event.data));
};
