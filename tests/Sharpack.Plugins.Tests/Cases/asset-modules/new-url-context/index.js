it("makes new URL with a partly known request a context of assets", () => {
  let name = "a";
  expect(new URL(`./files/${name}.json`, import.meta.url)).toMatch(/files\/a\.json$/);
  name = "b";
  expect(new URL("./files/" + name + ".txt", import.meta.url)).toMatch(/files\/b\.txt$/);
});

it("narrows the context with webpackInclude", () => {
  const name = "b.txt";
  expect(() => new URL(/* webpackInclude: /\.json$/ */ "./files/" + name, import.meta.url)).toThrow(/Cannot find module/);
});
