import { count } from "./counter";
import "./once";
import "./once.js";
import "./other-importer";
const again = require("./once");

it("evaluates a module once however it is requested", () => {
  expect(count()).toBe(1);
  expect(again.marker).toBe("once");
});
