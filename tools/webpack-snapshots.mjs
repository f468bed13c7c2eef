// Writes the string snapshots of a webpack test case (its __snapshots__/ConfigTest.snap) as text
// files, one per `expect(x).toMatchSnapshot()`, named "<test name> <n>.txt" as run-case.cjs reads
// them: `node tools/webpack-snapshots.mjs <ConfigTest.snap> <case folder>/__snapshots__`.
import fs from "node:fs";
import path from "node:path";

const [snapFile, outDir] = process.argv.slice(2);
if (!snapFile || !outDir) {
	console.error("usage: node tools/webpack-snapshots.mjs <ConfigTest.snap> <out dir>");
	process.exit(2);
}
const exportsObject = {};
new Function("exports", fs.readFileSync(snapFile, "utf8"))(exportsObject);
fs.mkdirSync(outDir, { recursive: true });
for (const [key, value] of Object.entries(exportsObject)) {
	// "ConfigTestCases <category> <case> exported tests <test name> <n>"
	const name = key.replace(/^ConfigTestCases \S+ \S+ exported tests /, "");
	// pretty-format writes a string quoted, with `"` and `\` escaped, between newlines.
	const body = value.replace(/^\n/, "").replace(/\n$/, "");
	if (!body.startsWith('"') || !body.endsWith('"')) {
		console.error(`skipped (not a string): ${name}`);
		continue;
	}
	const text = body.slice(1, -1).replace(/\\(["\\])/g, "$1");
	fs.writeFileSync(path.join(outDir, `${name.replace(/[/\\:*?"<>|]/g, "_")}.txt`), text);
	console.log(`wrote ${name}`);
}
