import * as ns from "./data.json";
import data from "./data.json";

it("gives a JSON namespace with default and the top-level keys (non-strict importer)", () => {
  expect(ns.default).toBe(data);
  expect(ns.name).toBe("ns");
  expect(ns.list).toBe(data.list);
});
