it("leaves global, globalThis and process to node", () => {
  expect(global).toBe(globalThis);
  expect(typeof process.version).toBe("string");
  expect(typeof setImmediate).toBe("function");
  expect(typeof Buffer.from).toBe("function");
});
