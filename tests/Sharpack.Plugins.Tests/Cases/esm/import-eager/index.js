it("loads modules with import()", async () => {
  const esm = await import("./esm");
  expect(esm.value).toBe("esm");
  const cjs = await import("./cjs");
  expect(cjs.default.value).toBe("cjs");
  expect(cjs.value).toBe("cjs");
});

it("resolves import() asynchronously", (done) => {
  let sync = true;
  import("./esm").then(() => { expect(sync).toBe(false); done(); }, done);
  sync = false;
});
