// Compares Sharpack's ESTree output with acorn's, file by file.
//
// Usage: node compare-with-acorn.mjs [--jsx] [--known LIST] OURS.jsonl
//
// OURS.jsonl holds one JSON object a line, written by AcornComparison.cs:
//   {"name": "three/src/Three.js", "file": "/abs/path", "goals": ["module", "script"],
//    "sourceType": "module", "program": {...ESTree...}}
// or, when our parser rejected the file in every goal it tried,
//   {"name": ..., "file": ..., "goals": [...], "error": "message", "exception": false}
// The goals are tried in order by both parsers: acorn parses the file with the goal that
// succeeded for us, or, when we rejected it, with each goal in turn. acorn runs with
// ecmaVersion "latest" (and acorn-jsx with --jsx). Its values are normalized as our writer writes
// them, which is what JSON.stringify would do: a RegExp literal's value, a BigInt literal's value
// and non-finite numbers become null, and undefined properties are absent.
//
// Prints one line per mismatch, "MISMATCH name: JSON path of the first difference (acorn vs ours)",
// or "known ..." for a file in the LIST ("name  # reason" lines), then a count line. Exits 1 when
// there is a mismatch that is not listed, 2 on a usage or input error.
import { createReadStream, existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { firstDifference } from "./estree-difference.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = join(here, "..", "..", "fixtures");
if (!existsSync(join(fixtures, "node_modules", "acorn"))) {
  console.error(`compare-with-acorn: acorn is not installed in ${fixtures}/node_modules; run tests/setup.sh`);
  process.exit(2);
}
const requireFixture = createRequire(join(fixtures, "package.json"));
const acorn = requireFixture("acorn");

const args = process.argv.slice(2);
let jsx = false, knownPath = null, oursPath = null;
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--jsx") jsx = true;
  else if (args[i] === "--known") knownPath = args[++i];
  else oursPath = args[i];
}
if (!oursPath) {
  console.error("usage: node compare-with-acorn.mjs [--jsx] [--known LIST] OURS.jsonl");
  process.exit(2);
}

const parser = jsx ? acorn.Parser.extend(requireFixture("acorn-jsx")()) : acorn.Parser;
const known = new Map();
if (knownPath && existsSync(knownPath)) {
  for (const raw of readFileSync(knownPath, "utf8").split("\n")) {
    const line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    const hash = line.indexOf("#");
    known.set((hash < 0 ? line : line.slice(0, hash)).trim(), hash < 0 ? "" : line.slice(hash + 1).trim());
  }
}

function readSource(file) {
  const text = readFileSync(file, "utf8");
  // .NET's File.ReadAllText drops a UTF-8 byte order mark; do the same so offsets agree.
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function parseWithAcorn(source, sourceType, shape) {
  return parser.parse(source, { ecmaVersion: "latest", sourceType, locations: shape.loc, ranges: shape.range });
}

function compareLine(entry) {
  if (entry.exception) return `our parser threw: ${entry.error}`;
  const source = readSource(entry.file);
  if (entry.program) {
    const shape = { loc: Object.hasOwn(entry.program, "loc"), range: Object.hasOwn(entry.program, "range") };
    let theirs;
    try {
      theirs = parseWithAcorn(source, entry.sourceType, shape);
    } catch (error) {
      return `we accept as ${entry.sourceType}, acorn rejects: ${error.message}`;
    }
    return firstDifference(theirs, entry.program, "acorn");
  }
  for (const goal of entry.goals) {
    try {
      parseWithAcorn(source, goal, { loc: false, range: false });
      return `we reject (${entry.error}), acorn accepts as ${goal}`;
    } catch {
      // acorn rejects this goal as well
    }
  }
  return null;
}

let files = 0, equal = 0, bothRejected = 0, newMismatches = 0, knownMismatches = 0;
const seen = new Set();
const outputLines = [];
const lines = createInterface({ input: createReadStream(oursPath, "utf8"), crlfDelay: Infinity });
for await (const line of lines) {
  if (!line) continue;
  const entry = JSON.parse(line);
  files++;
  seen.add(entry.name);
  let difference;
  try {
    difference = compareLine(entry);
  } catch (error) {
    difference = `comparison failed: ${error.message}`;
  }
  if (!difference) {
    if (entry.program) equal++;
    else bothRejected++;
  } else if (known.has(entry.name)) {
    knownMismatches++;
    outputLines.push(`known    ${entry.name}: ${difference} (${known.get(entry.name)})`);
  } else {
    newMismatches++;
    outputLines.push(`MISMATCH ${entry.name}: ${difference}`);
  }
}
outputLines.sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
for (const line of outputLines) console.log(line);
console.log(`${files} files: ${equal} equal, ${bothRejected} rejected by both, ` +
  `${newMismatches + knownMismatches} mismatches (${newMismatches} new, ${knownMismatches} known)`);
process.exit(newMismatches > 0 ? 1 : 0);
