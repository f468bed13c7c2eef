import { loadFromA } from "./a.js";
import { loadFromB } from "./b.js";

it("makes one chunk for the same import() written in two modules", async () => {
  const [x, y] = await Promise.all([loadFromA(), loadFromB()]);
  expect(x).toBe(y);
  const files = require("fs").readdirSync(__dirname).filter((f) => f.endsWith(".js")).sort();
  expect(files).toEqual(["bundle.js", "shared_js.bundle.js"]);
});
