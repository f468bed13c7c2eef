// import.meta as a value (webpack's __webpack_import_meta__): one object per module, so it is
// the same each time; in ES module output unknown properties are the platform's ("preserve-unknown"
// is the default there), so what code sets on import.meta stays. A chain of destructuring
// assignments reads every key any of its patterns names.
import.meta.CUSTOM = "custom";

it("is one object per module", () => {
  expect(import.meta).toBe(import.meta);
  const read = () => import.meta;
  expect(read()).toBe(import.meta);
  expect(typeof import.meta.url).toBe("string");
});

it("keeps properties code sets", () => {
  expect(import.meta.CUSTOM).toBe("custom");
  const meta = import.meta;
  expect(meta.CUSTOM).toBe("custom");
  expect(meta.webpack).toBe(5);
});

it("destructures through a chain of assignments", async () => {
  let version, url, custom, missing;
  ({ webpack: version } = { url } = { CUSTOM: custom } = { missing } = import.meta);
  expect(version).toBe(5);
  expect(url).toBe(import.meta.url);
  expect(custom).toBe("custom");
  expect(missing).toBe(undefined);
  let awaited;
  ({ webpack: awaited } = await ({ url } = await import.meta));
  expect(awaited).toBe(5);
});
