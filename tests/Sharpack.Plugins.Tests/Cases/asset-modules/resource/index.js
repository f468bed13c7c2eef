import fs from "fs";
import path from "path";
import logo from "./images/logo.png";
import again from "./images/logo.png?v=2";
import * as namespace from "./images/logo.png";

it("emits the file under assetModuleFilename and exports its URL", () => {
  expect(logo).toMatch(/^assets\/logo-[0-9a-f]{8}\.png$/);
  const emitted = fs.readFileSync(path.join(__dirname, logo));
  expect(emitted.length).toBe(264);
  expect([...emitted.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  expect(emitted[263]).toBe(255);
});

it("keeps the query in the name", () => {
  expect(again).toMatch(/^assets\/logo-[0-9a-f]{8}\.png\?v=2$/);
  expect(again.slice(0, -4)).toBe(logo);
});

it("has only a default export", () => {
  expect(Object.keys(namespace)).toEqual(["default"]);
  expect(namespace.default).toBe(logo);
});
