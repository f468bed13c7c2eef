// webpack's evaluation of `&&` and `||`: when the left side is unknown, a right side of known
// truthiness still decides the whole (`x && undefined` is falsy, `x || "a"` truthy), so the dead
// branch goes ("./missing" does not exist and is not built) and the left side still runs. An
// unknown property of import.meta evaluates to undefined.
let effects = 0;
const effect = () => { effects++; return true; };

if (effect() && undefined) import("./missing");
if (effect() && import.meta.hot) import("./missing");
let live = "no";
if (effect() || "yes") live = "yes"; else import("./missing");
const value = effect() && import.meta.unknownThing ? import("./missing") : "dead branch gone";

it("drops the branches the right side decides, and runs the left side", () => {
  expect(effects).toBe(4);
  expect(live).toBe("yes");
  expect(value).toBe("dead branch gone");
});
