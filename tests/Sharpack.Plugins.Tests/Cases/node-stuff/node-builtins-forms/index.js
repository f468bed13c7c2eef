import { join } from "path";
import * as os from "os";
import EventEmitter from "events";
import util from "node:util";
const { createHash } = require("crypto");

it("loads node built-ins with every import form", () => {
  expect(join("a", "b").replace(/\\/g, "/")).toBe("a/b");
  expect(typeof os.platform()).toBe("string");
  expect(EventEmitter.EventEmitter).toBe(EventEmitter);
  expect(util.format("%s-%d", "x", 1)).toBe("x-1");
  expect(createHash("sha1").update("a").digest("hex")).toBe("86f7e437faa5a7fce15d1ddcb9eaeaea377667b8");
});

it("returns node's own module objects", () => {
  expect(require("path")).toBe(require("node:path"));
});
