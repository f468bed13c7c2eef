import { log } from "./log";
import "./first";
import "./second";

it("evaluates dependencies depth-first in import order, before the importer", () => {
  expect(log).toEqual(["shared", "first", "second"]);
});
