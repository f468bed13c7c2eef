import path from "path";

it("gives __non_webpack_require__ node's require made by createRequire, once per chunk with the externals'", () => {
  const fs = __non_webpack_require__("fs");
  const source = fs.readFileSync(new URL("main.mjs", __webpack_public_path__), "utf8");
  expect(typeof fs.readFileSync).toBe("function");
  expect(path.join("a", "b")).toBe("a" + path.sep + "b");
  expect(source.split("createRequire as " + "__WEBPACK_EXTERNAL").length).toBe(2);
  expect(source).not.toMatch(/[^.\w]require\("fs"\)/);
});
