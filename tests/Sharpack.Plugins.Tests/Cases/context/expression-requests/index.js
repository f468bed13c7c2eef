it("requires modules by an expression with a static prefix", () => {
  const lang = "en";
  expect(require("./locale/" + lang + ".js").hello).toBe("hello");
  expect(require(`./locale/${"de"}`).hello).toBe("hallo");
});

it("imports modules by a template literal", async () => {
  const lang = "de";
  const ns = await import(`./locale/${lang}.js`);
  expect(ns.hello).toBe("hallo");
  expect(ns.default.hello).toBe("hallo");
  await expect(import(`./locale/${"fr"}.js`)).rejects.toThrow("Cannot find module './fr.js'");
});
