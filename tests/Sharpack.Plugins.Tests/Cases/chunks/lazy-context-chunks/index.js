const fs = require("fs");

it("makes one chunk per file of an import() context, named by [request]", async () => {
  const load = (lang) => import(/* webpackChunkName: "locale-[request]" */ `./locale/${lang}.js`);
  expect((await load("en")).default).toBe("hello");
  expect((await load("de")).default).toBe("hallo");
  // de and en are also each a chunk of the filtered context below ("filtered" + the index): the
  // duplicates merge into one chunk with the shorter name, as webpack's MergeDuplicateChunksPlugin does.
  const files = fs.readdirSync(__dirname).filter((f) => /^(locale|filtered)/.test(f)).sort();
  expect(files).toEqual(["filtered0.bundle.js", "filtered2.bundle.js", "locale-secret-js.bundle.js"]);
});

it("filters the context with webpackInclude and webpackExclude", async () => {
  const load = (name) => import(/* webpackInclude: /\.js$/ */ /* webpackExclude: /secret/ */ /* webpackChunkName: "filtered" */ `./locale/${name}`);
  expect((await load("en.js")).default).toBe("hello");
  await expect(load("secret.js")).rejects.toThrow("Cannot find module './secret.js'");
  await expect(load("notes.txt")).rejects.toThrow("Cannot find module './notes.txt'");
});

it("loads all files of a lazy-once context with one chunk", async () => {
  const load = (lang) => import(/* webpackMode: "lazy-once" */ /* webpackChunkName: "all-locales" */ `./locale/${lang}.js`);
  expect((await load("de")).default).toBe("hallo");
  const once = fs.readFileSync(__dirname + "/all-locales.bundle.js", "utf8");
  expect(once).toContain("./locale/en.js");
  expect(once).toContain("./locale/de.js");
});
