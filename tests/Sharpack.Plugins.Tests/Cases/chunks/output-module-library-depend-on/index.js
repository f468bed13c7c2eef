import common from "./common.js";

it("imports the runtime by name from an entry library that has a default export of its own", async () => {
  expect(common).toBe("common");
  const shared = await import(/* webpackIgnore: true */ new URL("shared.mjs", __webpack_public_path__).href);
  expect(shared.default).toBe("common");
  expect(typeof shared.__webpack_require__).toBe("function");
});

export default "main";
