// webpack's moduleArgument: a module declaring its own top-level `module` (or a strict .mjs
// module) gets its module object as the parameter __webpack_module__, so the declaration does not
// clash with it; elsewhere __webpack_module__ reads a copy made at the top of the module, which a
// local `module` cannot shadow.
import { layout, ownId, awaited } from "./declares";
import { strictId } from "./strict.mjs";

it("keeps a top-level `module` apart from the module object", () => {
  expect(layout).toBe("layout");
  expect(ownId).toBeDefined();
  expect(strictId).toBeDefined();
  expect(awaited).toBe(1);
});

it("reads the module object where a local `module` shadows the parameter", () => {
  const module = "shadow";
  expect(module).toBe("shadow");
  expect(typeof __webpack_module__).toBe("object");
  expect(__webpack_module__.id).toBe(__webpack_module__.id);
  expect(__webpack_module__.id).toBeDefined();
});
