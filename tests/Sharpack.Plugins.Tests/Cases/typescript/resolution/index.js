// How TypeScript projects resolve, with no configuration: `./util.js` written for util.ts
// (TypeScript's ES module style), the project's tsconfig.json `paths` (read without
// resolve.tsconfig, as esbuild reads it), and extensionless requests for .ts files.
import { double } from "./src/util.js";
import { greet } from "@lib/greet";
import * as util from "./src/util";

it("resolves ./x.js to x.ts, tsconfig paths and extensionless .ts requests", () => {
  expect(double(21)).toBe(42);
  expect(greet("ts")).toBe("hi ts 4");
  expect(util.double).toBe(double);
});

it("keeps a missing .js request's own error", () => {
  let error;
  try {
    require("./src/missing.js");
  } catch (e) {
    error = e;
  }
  expect(error.message).toMatch(/Cannot find module '.\/src\/missing.js'/);
});
