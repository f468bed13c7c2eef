import fs from "fs";
import path from "path";
import a from "./a.png";
import b from "./b.png";
import c from "./c.png";

it("puts the file under generator.outputPath and keeps the URL without it", () => {
  expect(a).toBe("img-a.png");
  expect(fs.existsSync(path.join(__dirname, "static", "img-a.png"))).toBe(true);
});

it("writes generator.publicPath before the name", () => {
  expect(b).toBe("https://cdn.example.com/b.png");
  expect(fs.existsSync(path.join(__dirname, "b.png"))).toBe(true);
});

it("writes no file with generator.emit false", () => {
  expect(c).toMatch(/^[0-9a-f]{20}\.png$/);
  expect(fs.existsSync(path.join(__dirname, c))).toBe(false);
});
