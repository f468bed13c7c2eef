import { fromMjs } from "./importer.mjs";

it("gives .mjs importers module.exports as default even when flagged", () => {
  expect(fromMjs.def).toEqual({ __esModule: true, default: "default", data: "ok" });
  expect(fromMjs.data).toBe("ok");
  expect(fromMjs.nsDefault).toBe(fromMjs.def);
  expect(fromMjs.nsData).toBe("ok");
});
