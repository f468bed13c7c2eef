// webpack's experiments.futureDefaults: asset modules are side-effect free (AssetModulesPlugin's
// sideEffectFree), so an asset imported only for an unused export is not bundled.
import { used } from "./module";

it("drops an asset only an unused export imports", () => {
  expect(used).toMatch(/used\.txt$/);
  expect(__webpack_modules__["./used.txt"]).toBeDefined();
  expect(__webpack_modules__["./unused.txt"]).not.toBeDefined();
});
