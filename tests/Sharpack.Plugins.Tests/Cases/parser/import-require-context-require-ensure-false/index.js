// import, requireContext and requireEnsure: false switch their parser plugins off; import() stays
// as written (node's own, loading relative to the bundle); `require` in require.context and
// require.ensure is then require used as a value, an empty context (as webpack 5.112 does).
it("leaves import(), require.context and require.ensure to other plugins", () => {
  const load = () => import("./lazy.js");
  const context = () => require.context("./dir");
  const ensure = () => require.ensure([], () => {});
  expect(load.toString()).toContain('import("./lazy.js")');
  expect(context.toString()).toContain('.context("./dir")');
  expect(context.toString()).not.toContain("require.context");
  expect(ensure.toString()).toContain(".ensure([]");
  expect(ensure.toString()).not.toContain("require.ensure");
});
