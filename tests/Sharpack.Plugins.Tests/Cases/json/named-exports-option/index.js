import { named } from "./strict.mjs";
import { attributedKeys } from "./attributed.mjs";

it("reads named exports of JSON from a strict ES module when namedExports is true", () => {
	expect(named).toBe(42);
});

it("gives only the default export for an import with type json", () => {
	expect(attributedKeys).toBe("default");
});
