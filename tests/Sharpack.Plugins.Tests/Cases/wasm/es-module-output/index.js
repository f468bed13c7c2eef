// ES module output: node reads the binary beside the chunk through import("fs") and
// import.meta.url (async-node); a universal target fetches it on a web-like platform and reads
// the file otherwise.
it("instantiates the binary with the imported JavaScript functions and globals", async () => {
  const { add, memory } = await import("./uses");
  // add(a, b) = double(a + b) + offset
  expect(add(2, 3)).toBe(11);
  expect(memory).toBeInstanceOf(WebAssembly.Memory);
  expect(memory.buffer.byteLength).toBe(65536);
});

it("exposes a binary without imports as a namespace", async () => {
  const { answer } = await import("./uses");
  expect(answer.answer()).toBe(42);
  expect(Object.keys(answer)).toEqual(["answer"]);
});

it("gives import() of a binary its exports", async () => {
  const direct = await import("./answer.wasm");
  expect(direct.answer()).toBe(42);
  const lazy = await import("./lazy");
  expect(lazy.run()).toBe(42 + 11);
});
