// Definitions inside a context request fold into its known text (webpack's evaluator merges
// `./${PREFIX}/` into "./lang/"): the context is the folder they name, and the code keeps only
// what is known at run time. A condition the evaluator knows picks its branch for the context,
// and each branch of one it does not know resolves on its own.
const fs = require("fs");

const source = () => fs.readFileSync(__filename, "utf-8");

it("folds definitions into a context request's known parts", () => {
  const name = "en";
  expect(require(`./${PREFIX}/${name}${SUFFIX}`)).toBe("hello");
  expect(require("./" + PREFIX + "/" + name + SUFFIX)).toBe("hello");
  expect(require.resolve(`./${PREFIX}/${name}${SUFFIX}`)).toBe(require.resolve("./lang/en-text"));
  expect(source()).toContain("`./${name}-text`");
});

it("takes a request's branch when the condition is known", () => {
  const name = "de";
  expect(require(typeof require === "function" ? `./${PREFIX}/${name}${SUFFIX}` : `./elsewhere/${name}`)).toBe("hallo");
  expect(source()).not.toContain("else" + "where");
});

it("resolves each branch of an unknown condition", () => {
  const name = "de";
  const pick = (flag) => require.resolve(flag ? `./${PREFIX}/${name}${SUFFIX}` : "./lang/en-text");
  expect(pick(true)).toBe(require.resolve("./lang/de-text"));
  expect(pick(false)).toBe(require.resolve("./lang/en-text"));
});

it("loads defined parts of an AMD request array", (done) => {
  const name = "en";
  require([`./${PREFIX}/${name}${SUFFIX}`], (text) => {
    expect(text).toBe("hello");
    done();
  });
});
