// amd: false switches AMDPlugin off: define and require([...], fn) are left to the runtime,
// where node has neither a define nor an array form of require.
it("leaves define alone", () => {
  expect(typeof define).toBe("undefined");
  const readAmd = () => define.amd;
  expect(readAmd.toString()).toContain("define.amd");
  expect(() => require(["./other"], () => {})).toThrow();
});
