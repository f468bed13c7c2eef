import { basename } from "path";
import fs from "fs";
import dual from "dual";

// target "deno": ES module output, node's built-ins imported through `node:` (the only form Deno
// resolves), the "deno" export condition first, chunks loaded with import().
it("imports node's built-ins through the node: specifier", () => {
	expect(basename("/a/b/c.txt")).toBe("c.txt");
	const text = fs.readFileSync(process.argv[process.argv.length - 1], "utf8");
	const prefixed = ["from ", JSON.stringify("node" + ":path")].join("");
	expect(text).toContain(prefixed);
	expect(text).not.toContain(["from ", JSON.stringify("path")].join(""));
});

it("resolves the deno export condition", () => {
	expect(dual).toBe("deno");
});

it("loads a chunk with import()", async () => {
	const { lazy } = await import("./chunk.js");
	expect(lazy).toBe("from a chunk");
});
