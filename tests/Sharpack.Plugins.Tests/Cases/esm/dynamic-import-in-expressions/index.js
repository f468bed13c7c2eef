it("supports import() in conditionals, awaits and Promise.all", async () => {
  const flag = true;
  const picked = await (flag ? import("./a") : import("./b"));
  expect(picked.name).toBe("a");
  const [a, b] = await Promise.all([import("./a"), import("./b")]);
  expect(a.name + b.name).toBe("ab");
  const name = await import("./b").then((ns) => ns.name);
  expect(name).toBe("b");
});
