import { state } from "./state.js";
state.visits.push("one");
it("shares state between entries with the same runtime", () => {
  expect(state.visits).toEqual(["one", "two"]);
  const fs = require("fs");
  expect(fs.existsSync(__dirname + "/shared-runtime.js")).toBe(true);
});
