// In production a CSS module joins the concatenation of the modules that import it (webpack's
// CssGenerator with a concatenation scope): its used exports become constants of the scope under
// their mangled names, unused ones are not written, and it has no module function of its own.
import { primaryButtonLabel } from "./button.module.css";

const bundle = () => __non_webpack_require__("fs").readFileSync(__non_webpack_require__("path").join(__dirname, "bundle.js"), "utf8");

it("reads the CSS module's export from a constant of the concatenation", () => {
  expect(typeof primaryButtonLabel).toBe("string");
  expect(primaryButtonLabel.length).toBeGreaterThan(0);
  const code = bundle();
  expect(code).not.toMatch(/(?:const|var)\s+primaryButtonLabel\b/);
  // Spelled apart: this file is in the bundle too.
  expect(code).not.toContain("unused" + "LongClassName");
  expect(code).not.toContain("__webpack_" + "module_cache__");
});
