// require.context's pattern may be `new RegExp(pattern, flags)` of known strings (webpack
// evaluates it): the context holds the files it matches, with its flags; a RegExp of the code's
// own is not the global one and is not evaluated.
const ids = (context) => context.keys().sort();

it("filters a context by an evaluated new RegExp", () => {
  expect(ids(require.context("./templates", false, new RegExp("(?<!draft)\\.txt\\.js$")))).toEqual(["./page.txt.js"]);
  expect(ids(require.context("./templates", false, new RegExp(`\\.${"TXT"}\\.js$`, "i")))).toEqual(["./draft.txt.js", "./page.txt.js"]);
  expect(ids(require.context("./templates", false, new RegExp("^\\./page", "u")))).toEqual(["./page.txt", "./page.txt.js"]);
});
