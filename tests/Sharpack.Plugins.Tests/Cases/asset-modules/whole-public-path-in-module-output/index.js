import fs from "fs";
import asset from "./asset.txt";

const url = new URL("./asset.txt", import.meta.url);

it("exports an asset's URL under a complete public path as a literal", () => {
  expect(asset).toBe("https://cdn.example.com/x/asset.txt");
  expect(url.href).toBe("https://cdn.example.com/x/asset.txt");
});

it("needs no runtime public path for it", () => {
  // The case runner is given the bundle's path last.
  const bundle = fs.readFileSync(process.argv[process.argv.length - 1], "utf8");
  expect(bundle).not.toContain("__webpack_require__" + ".p");
  // Built from parts, so this file's own text (in the bundle too) cannot match it.
  expect(bundle).toContain('/* asset import */ "https://cdn.example.com/x/asset' + '.txt", import.meta.url');
});
