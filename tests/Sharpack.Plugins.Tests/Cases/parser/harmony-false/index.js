require("./plain-script");
require("./strict-module");

it("does not treat a javascript/esm module as ESM with harmony: false", () => {
  expect(global.strictModuleThis).toBe("undefined");
  expect(global.plainScriptThis).toBe("object");
});
