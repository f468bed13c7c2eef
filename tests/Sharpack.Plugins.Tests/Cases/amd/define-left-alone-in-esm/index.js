import value, { typeofDefine, callDefine } from "./esm.js";
import amd from "./cjs.js";

it("leaves define to the platform in an ES module, as webpack's HarmonyDetectionParserPlugin does", () => {
  expect(value).toBe(1234);
  expect(typeofDefine).toBe("undefined");
  expect(callDefine).toThrow(/define is not defined/);
});

it("still handles define in a CommonJS module", () => {
  expect(amd.amd).toBe("function");
});
