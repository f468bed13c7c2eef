// Requests webpack's evaluator understands: String.raw templates, String#concat, constants
// folded into templates, and run-time requests in an AMD require array with a named callback.
it("bundles a String.raw template as a context", () => {
  const lang = "de";
  expect(require(String.raw`./lang/${lang}-text`)).toBe("hallo");
});

it("bundles a .concat chain as a context", async () => {
  const lang = "en";
  expect(require("./lang/".concat(lang, "-text"))).toBe("hello");
  expect((await import("./lang/".concat(lang).concat("-text.js"))).default).toBe("hello");
});

it("folds constant templates and concatenations to plain requests", () => {
  expect(require(`./lang/${"en"}-text`)).toBe("hello");
  expect(require("./lang/de".concat("-text.js"))).toBe("hallo");
});

it("loads run-time requests of an AMD require array into a named callback", (done) => {
  const lang = "de";
  function check(first, second) {
    expect(first).toBe("hallo");
    expect(second).toBe("hello");
    done();
  }
  require([`./lang/${lang}-text`, "./lang/".concat("en", "-text")], check);
});

it("puts a template's inner known parts into the context's pattern", () => {
  const lang = "en";
  const kind = "text";
  expect(require(`./lang/${lang}-${kind}.js`)).toBe("hello");
  // The pattern is ^\.\/.*\-.*\.js$ (webpack keeps the "-"), so lang/readme.js is not bundled.
  expect(Object.keys(__webpack_modules__)).toContain("./lang/de-text.js");
  expect(Object.keys(__webpack_modules__)).not.toContain("./lang/readme.js");
});
