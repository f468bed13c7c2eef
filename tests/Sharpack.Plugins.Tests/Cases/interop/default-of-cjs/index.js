import fn, { helper } from "./cjs";
import esModule from "./marked";
import * as ns from "./cjs";

it("imports module.exports as default", () => {
  expect(fn()).toBe("fn");
  expect(helper).toBe("helper");
});

it("honours __esModule", () => {
  expect(esModule).toBe("marked default");
});

it("uses module.exports as the namespace of CommonJS (non-strict importer)", () => {
  expect(ns()).toBe("fn");
  expect(ns.helper).toBe("helper");
});
