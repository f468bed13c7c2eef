import fs from "fs";
import path from "path";

it("loads chunks through a literal import() another bundler can follow", async () => {
  const mid = await import(/* webpackChunkName: "mid" */ "./mid.js");
  expect(await mid.deeper()).toBe("lazy");
});

it("names the files on disk, read from where each chunk sits", () => {
  // The case runner is given the bundle's path last.
  const bundlePath = process.argv[process.argv.length - 1];
  const bundle = fs.readFileSync(bundlePath, "utf8");
  expect(bundle).not.toContain("__webpack_require__" + ".e(");
  expect(bundle).not.toContain("__webpack_require__" + ".u = ");
  const specifier = /\.ei\("mid", \(\) => import\((?:\/\*[^*]*\*\/\s*)?"([^"]+)"\)\)/.exec(bundle);
  expect(specifier).not.toBe(null);
  expect(specifier[1].startsWith("./nested/mid.")).toBe(true);
  const midFile = path.join(path.dirname(bundlePath), specifier[1]);
  expect(fs.existsSync(midFile)).toBe(true);
  // The hashed name was a stand-in during code generation: none may be left.
  const mid = fs.readFileSync(midFile, "utf8");
  expect(mid).not.toContain("@@webpack" + "AnalyzableChunk");
  const inner = /import\((?:\/\*[^*]*\*\/\s*)?"([^"]+)"\)/.exec(mid);
  expect(inner[1].startsWith("../nested/lazy.")).toBe(true);
  expect(fs.existsSync(path.join(path.dirname(midFile), inner[1]))).toBe(true);
});
