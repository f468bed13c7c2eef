it("keeps an expression inside a template's ${} whole, its literal part included", () => {
  const name = "a";
  expect(require(`./dir/${"x" + name}.js`)).toBe("xa");
  expect(require(`./dir/${name + "x"}.js`)).toBe("ax");
  expect(() => require(`./dir/${"zz" + name}.js`)).toThrow(/Cannot find module '\.\/zza\.js'/);
});

it("folds a constant expression into the template's text", () => {
  const name = "a";
  expect(require(`./${"dir"}/x${name}.js`)).toBe("xa");
});
