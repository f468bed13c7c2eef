import { esmEnv } from "./esm";
const cjsEnv = require("./cjs");

it("replaces process.env.NODE_ENV in ES and CommonJS modules", () => {
  expect(esmEnv).toBe("development");
  expect(cjsEnv).toBe("development");
});

it("folds NODE_ENV comparisons", () => {
  let branch = "none";
  if (process.env.NODE_ENV !== "production") branch = "dev";
  expect(branch).toBe("dev");
  expect(process.env.NODE_ENV === "development" ? 1 : 2).toBe(1);
});
