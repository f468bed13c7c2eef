import ns from "./module";

// `export default ns` of an imported namespace is `export { ns as default }`: only what the
// importers read of it is used, not the whole namespace (webpack 5.112).
it("uses only the properties read from a namespace exported as default", () => {
  expect(ns.member.name).toBe("member");
  expect(ns.usedExportsOfSource.slice().sort()).toEqual(["member", "usedExportsOfSource"]);
});
