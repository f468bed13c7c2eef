const mod = require("./mod");

it("exposes the default export as .default when required", () => {
  expect(mod.default()).toBe("default fn");
  expect(mod.helper).toBe("helper");
  expect(Object.keys(mod).sort()).toEqual(["default", "helper"]);
  expect(mod[Symbol.toStringTag]).toBe("Module");
});
