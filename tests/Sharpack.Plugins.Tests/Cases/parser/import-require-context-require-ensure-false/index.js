// import, requireContext and requireEnsure: false switch their parser plugins off; the calls stay
// as written (import() is node's own, loading relative to the bundle).
it("leaves import(), require.context and require.ensure alone", () => {
  const load = () => import("./lazy.js");
  const context = () => require.context("./dir");
  const ensure = () => require.ensure([], () => {});
  expect(load.toString()).toContain('import("./lazy.js")');
  expect(context.toString()).toContain('require.context("./dir")');
  expect(ensure.toString()).toContain("require.ensure([]");
});
