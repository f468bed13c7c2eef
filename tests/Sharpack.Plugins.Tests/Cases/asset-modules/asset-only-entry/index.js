import fs from "fs";
import path from "path";
import photo from "./photo.png";

it("writes the file of an entry that is an asset only, and no script for it", () => {
  expect(fs.existsSync(path.join(__dirname, "picture.png"))).toBe(true);
  expect(fs.existsSync(path.join(__dirname, "picture.js"))).toBe(false);
});

it("fills [runtime] and [modulehash] in generator.publicPath", () => {
  expect(photo).toMatch(/^rt\/main\/[0-9a-f]{20}\/photo\.png$/);
});
