define("lib/one", function () { return 1; });
define("lib/sub/two", ["../one"], function (one) { return one + 1; });

it("calls back with the modules of a literal array, each branch of a conditional item its own", (done) => {
  var flag = Math.random() < 2;
  require(["./a", flag ? "./b" : "./a", "require", "module"], function (a, b, require, mod) {
    expect(a).toBe("a");
    expect(b).toBe("b");
    expect(require("./a")).toBe("a");
    expect(mod).toBe(module);
    done();
  });
});

it("writes out an array known only as a whole", (done) => {
  require("./a ./b".split(" "), function (a, b) {
    expect(a + b).toBe("ab");
    done();
  });
});

it("loads an array without a callback", () => {
  var result = require(["./a"]);
  expect(typeof result.then).toBe("function");
  return result;
});

it("resolves local modules relative to the defining module's name", (done) => {
  require(["lib/sub/two"], function (two) {
    expect(two).toBe(2);
    done();
  });
});

it("passes a loading error to the error callback", (done) => {
  var load = __webpack_require__.e;
  __webpack_require__.e = () => Promise.reject(new Error("offline"));
  require(["./a"], function () {
    __webpack_require__.e = load;
    done(new Error("should not load"));
  }, function (error) {
    __webpack_require__.e = load;
    expect(error.message).toBe("offline");
    done();
  });
});
