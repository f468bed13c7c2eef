import simple from "simple";
import noExt from "main-without-extension";
import dirMain from "main-is-directory";

it("resolves packages through their main field", () => {
  expect(simple).toBe("simple main");
  expect(noExt).toBe("entry without extension");
  expect(dirMain).toBe("lib index");
});

it("resolves files inside a package", () => {
  expect(require("simple/lib/other")).toBe("other file");
});
