import { fromMjs } from "./importer.mjs";

it("gives .mjs importers a JSON namespace with only default", () => {
  expect(fromMjs.def).toEqual({ name: "json", n: 1 });
  expect(fromMjs.keys).toEqual(["default"]);
  expect(fromMjs.nsDefault).toBe(fromMjs.def);
});
