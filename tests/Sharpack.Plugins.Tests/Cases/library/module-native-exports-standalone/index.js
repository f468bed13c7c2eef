import fs from "fs";
import path from "path";
import { count, tick, label } from "the-lib";

it("exports the library's bindings natively, live", () => {
	expect(count).toBe(1);
	tick();
	tick();
	expect(count).toBe(3);
	expect(label).toBe("lib");
});

it("ships no runtime for an exports object nothing reads", () => {
	// The case runner is given the bundle's path last; the library sits beside it.
	const lib = fs.readFileSync(path.join(path.dirname(process.argv[process.argv.length - 1]), "lib.mjs"), "utf8");
	expect(lib).not.toContain("__webpack_" + "require__");
	expect(lib).not.toContain("__webpack_" + "exports__");
	expect(lib).toMatch(/export \{[^}]*\bcount\b/);
});
