import fs from "fs";

const load = (name) => import(`./locales/${name}.js`);

it("loads each element of a lazy context through a literal import()", async () => {
  expect((await load("de")).default).toBe("Hallo");
  expect((await load("en")).default).toBe("Hello");
  await expect(load("fr")).rejects.toThrow("Cannot find module './fr.js'");
});

it("keeps a loader per chunk in the context map", () => {
  const bundle = fs.readFileSync(process.argv[process.argv.length - 1], "utf8");
  // Built from parts, so this file's own text (in the bundle too) cannot match it.
  expect(bundle).toContain('() => (__webpack_require__.ei("locales_de_js", () => import("./locales_de_js.bundle' + '.mjs")))');
  expect(bundle).not.toContain("__webpack_require__" + ".e(");
});
