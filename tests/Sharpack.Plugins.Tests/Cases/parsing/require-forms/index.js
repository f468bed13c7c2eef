it("loads each branch of a conditional request", () => {
  var pick = (flag) => require(flag ? "./a" : "./b");
  expect(pick(true).name).toBe("a");
  expect(pick(false)).toBe("b");
  var nested = (n) => require(n === 1 ? "./a" : n === 2 ? "./b" : "./a");
  expect(nested(2)).toBe("b");
});

it("rewrites module.require and new require", () => {
  expect(module.require("./a").name).toBe("a");
  var made = new require("./a");
  expect(made.name).toBe("a");
});

define("local-thing", function () {
  return { kind: "local" };
});

define("local-number", function () {
  return 1;
});

it("news a local module: an object module is itself, any other value a new object", () => {
  var made = new require("local-thing");
  expect(made).toBe(require("local-thing"));
  var other = new require("local-number");
  expect(typeof other).toBe("object");
});
