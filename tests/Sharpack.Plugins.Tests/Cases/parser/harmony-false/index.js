require("./plain-script");
require("./strict-module");

it("does not treat a javascript/esm module as ESM with harmony: false", () => {
  expect(globalThis.strictModuleThis).toBe("undefined");
  expect(globalThis.plainScriptThis).toBe("object");
});
