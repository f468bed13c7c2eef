import fs from "fs";
import path from "path";
import { used, usedResolve } from "./module.js";

it("emits the assets the used exports name", () => {
	expect(fs.readFileSync(used, "utf8")).toBe("used\n");
	expect(fs.readFileSync(new URL(usedResolve), "utf8")).toBe("used2\n");
});

it("leaves out the assets only unused exports name", () => {
	// The case runner is given the bundle's path last; the assets sit beside it.
	const files = fs.readdirSync(path.dirname(process.argv[process.argv.length - 1]));
	expect(files).toContain("used.txt");
	expect(files).toContain("used2.txt");
	expect(files).not.toContain("unused.txt");
	expect(files).not.toContain("unused2.txt");
});
