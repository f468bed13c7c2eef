// webpack's ConstPlugin: a condition the parser can evaluate decides which branch is code; the
// dead branch is not walked, so what it requires ("./missing" does not exist) is not bundled,
// and the `var`s it declares stay declared.
if (process.env.NODE_ENV !== "production") {
  var mode = "development";
} else {
  require("./missing");
  var droppedVar = 1;
}

const fromTernary = typeof require === "function" ? require("./live") : require("./missing");
const fromAnd = typeof module === "undefined" && require("./missing");
const fromOr = "truthy" || require("./missing");
const fromNullish = "" ?? require("./missing");
const fromStrict = null === 1 && require("./missing");
const fromArrays = [] === [] && require("./missing");
const fromTemplates = `a${Math.random()}` === `b${Math.random()}` && require("./missing");
if (typeof require.resolve !== "function") require("./missing");
if (module.hot) require("./missing");
const fromStrings = "webpack".substr(3, 4) === "pack" && "x.js".slice(-3) === ".js" && "a/b".replace("/", "-") === "a-b"
  && "abc".substring(2, 0) === "ab" && "abc".indexOf("c") === 2 ? "strings" : require("./missing");
let effects = 0;
const fromSequence = ((effects += 1), null) ?? "kept";

it("keeps only the live branches", () => {
  expect(mode).toBe("development");
  expect(droppedVar).toBe(undefined);
  expect(fromTernary).toBe("live");
  expect(fromAnd).toBe(false);
  expect(fromOr).toBe("truthy");
  expect(fromNullish).toBe("");
  expect(fromStrict).toBe(false);
  expect(fromArrays).toBe(false);
  expect(fromTemplates).toBe(false);
  expect(fromSequence).toBe("kept");
  expect(fromStrings).toBe("strings");
  expect(effects).toBe(1);
});
