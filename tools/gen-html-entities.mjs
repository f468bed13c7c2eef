// Writes src/Sharpack.Html/html-entities.txt: the named character references of the WHATWG HTML
// standard (§13.5), as the npm packages character-entities (every name, used with its `;`) and
// character-entities-legacy (the names also read without `;`) list them. One per line:
// the name as written after `&` (with its `;` where it has one), a tab, the characters' code
// points in hex separated by spaces.
// Run: node tools/gen-html-entities.mjs path/to/node_modules (tests/fixtures/node_modules)
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const modules = process.argv[2];
if (!modules) throw new Error("usage: node tools/gen-html-entities.mjs <node_modules folder>");
const load = async name => import(pathToFileURL(join(modules, name, "index.js")).href);
const { characterEntities } = await load("character-entities");
const { characterEntitiesLegacy } = await load("character-entities-legacy");
const points = value => [...value].map(c => c.codePointAt(0).toString(16)).join(" ");
const lines = [];
for (const name of Object.keys(characterEntities)) lines.push(`${name};\t${points(characterEntities[name])}`);
for (const name of characterEntitiesLegacy) {
	if (!(name in characterEntities)) throw new Error(`legacy name without a value: ${name}`);
	lines.push(`${name}\t${points(characterEntities[name])}`);
}
lines.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const out = join(import.meta.dirname, "..", "src", "Sharpack.Html", "html-entities.txt");
writeFileSync(out, lines.join("\n") + "\n");
console.log(`${lines.length} named character references → ${out}`);
