// Writes src/Sharpack.Plugins/Assets/mime-types.txt from mime-db, as webpack's lib/util/mimeTypes.js
// reads it: for each extension the preferred type (mime-types' scoring), and for each type its
// first extension. Run: node tools/gen-mime-types.mjs path/to/node_modules/mime-db
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dbPath = process.argv[2];
if (!dbPath) throw new Error("usage: node tools/gen-mime-types.mjs <mime-db folder>");
const db = JSON.parse(readFileSync(join(dbPath, "db.json"), "utf8"));
const version = JSON.parse(readFileSync(join(dbPath, "package.json"), "utf8")).version;
const FACET = { "prs.": 100, "x-": 200, "x.": 300, "vnd.": 400, default: 900 };
const SOURCE = { nginx: 10, apache: 20, iana: 40, default: 30 };
const TYPE = { application: 1, font: 2, audio: 2, video: 3, default: 0 };
const score = (mime, source = "default") => {
	if (mime === "application/octet-stream") return 0;
	const [type, subtype] = mime.split("/");
	const facet = subtype.replace(/(\.|x-).*/, "$1");
	return (FACET[facet] || FACET.default) + (SOURCE[source] || SOURCE.default) + (TYPE[type] || TYPE.default) + (1 - mime.length / 100);
};
const types = Object.create(null);
const lines = [`# mime-db ${version}: "=type ext" is a type's first extension, "ext type" an extension's preferred type`];
for (const type of Object.keys(db)) {
	const exts = db[type].extensions;
	if (!exts || exts.length === 0) continue;
	lines.push(`=${type} ${exts[0]}`);
	for (const ext of exts) {
		const old = types[ext];
		const s0 = old ? score(old, db[old].source) : 0;
		const s1 = score(type, db[type].source);
		types[ext] = s0 > s1 ? old : type;
	}
}
for (const ext of Object.keys(types).sort()) lines.push(`${ext} ${types[ext]}`);
writeFileSync(new URL("../src/Sharpack.Plugins/Assets/mime-types.txt", import.meta.url), lines.join("\n") + "\n");
