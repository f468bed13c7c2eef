// A context whose folder is a module request resolves through node_modules, as in webpack
// (webpack/webpack#6360); its elements are requested the ways webpack's alternatives allow.
it("imports scoped packages by a template with the slash in the literal", async () => {
  const names = [];
  for (const pkg of ["pkg-a", "pkg-b"]) names.push((await import(`@scope/${pkg}`)).name);
  // "./pkg-a" is the folder: its package.json's main wins over index.js.
  expect(names).toEqual(["pkg-a main", "pkg-b"]);
});

it("imports scoped packages by a template with the slash in the expression", async () => {
  const names = [];
  for (const segment of ["/pkg-a", "/pkg-b"]) names.push((await import(`@scope${segment}`)).name);
  expect(names).toEqual(["pkg-a main", "pkg-b"]);
});

it("reaches a package's other files by their paths", async () => {
  const pkg = "pkg-a";
  expect((await import(`@scope/${pkg}/index.js`)).default.name).toBe("pkg-a index");
  expect((await import(`@scope/${pkg}/lib/main`)).default.name).toBe("pkg-a main");
});

it("offers a folder's main file as the folder, with and without the slash", () => {
  const context = require.context("./locales", false);
  // "." is offered too, but the default pattern ^\.\/.*$ does not match it.
  expect(context.keys()).toEqual(["./", "./en", "./en.json", "./index", "./index.js"]);
  expect(context("./")).toBe("locales index");
  expect(context("./en").hello).toBe("hello");
});
