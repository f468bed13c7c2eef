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
  // A template of constants is a plain request (webpack folds it); a missing one fails the build.
  const missing = "fr";
  await expect(import(`./locale/${missing}.js`)).rejects.toThrow("Cannot find module './fr.js'");
});
