// webpack's APIPlugin: assigning __webpack_public_path__ writes the require scope's slot without
// reading the value the publicPath runtime module computes, so that module is not shipped when
// nothing reads the public path back.
const fs = require("fs");

__webpack_public_path__ = "/from-runtime/";

it("ships no public path runtime module for an assignment alone", () => {
  const source = fs.readFileSync(__filename, "utf-8");
  expect(source).toMatch(/__webpack_require__\.p = "\/from-runtime\/"/);
  expect(source).not.toMatch(/webpack\/runtime\/(auto )?public ?path/i);
});
