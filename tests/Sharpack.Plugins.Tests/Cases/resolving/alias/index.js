import { format } from "@shared/format";
import config from "config";
import sub from "config/sub";
import heavy from "heavy";
import polyfill from "not-installed";
import subFromPackage from "config/sub.js";

it("maps a request prefix to another folder", () => {
  expect(format(3)).toBe("#3");
});

it("maps an exact request (key$) and leaves longer ones alone", () => {
  expect(config.env).toBe("production");
  expect(sub).toBe("config/sub");
});

it("makes an alias to false an empty module", () => {
  expect(heavy).toEqual({});
});

it("falls back only when a request does not resolve", () => {
  expect(polyfill).toBe("polyfill");
  expect(subFromPackage).toBe("config/sub");
});
