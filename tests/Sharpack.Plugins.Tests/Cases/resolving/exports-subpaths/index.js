import feature from "subpaths/feature";
import { name } from "subpaths/utils/strings";
import pkg from "subpaths/package.json";
import main from "subpaths";

it("maps exact and pattern subpaths through exports", () => {
  expect(main).toBe("main");
  expect(feature).toBe("feature");
  expect(name).toBe("strings util");
  expect(pkg.name).toBe("subpaths");
});
