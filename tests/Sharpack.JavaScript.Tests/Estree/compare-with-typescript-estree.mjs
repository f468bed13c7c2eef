// Compares Sharpack's TypeScript ESTree output (`sharpack parse --ts --estree`) with
// @typescript-eslint/typescript-estree 8.74's, file by file: that package is what ESLint's
// TypeScript tooling builds on, so its tree shape is the one tools expect.
//
// Usage: node compare-with-typescript-estree.mjs [--known LIST] OURS.jsonl
//
// OURS.jsonl holds one JSON object a line, written by Support/TypeScriptEstreeComparison.cs:
//   {"name": "rxjs/src/index.ts", "file": "/abs/path", "program": {...ESTree...}}
// or, when our parser rejected the file (exception false) or threw (exception true),
//   {"name": ..., "file": ..., "exception": false, "error": "message"}
// typescript-estree parses each file with range on, loc, comments and tokens off, jsx for .tsx
// only, and JSDoc parsing off. Its values are normalized as our writer writes them, which is what
// JSON.stringify would do: a RegExp literal's value, a BigInt literal's value and non-finite
// numbers become null, and undefined properties are absent. Key order is ignored (typescript-estree
// writes `range` before or after the children); everything else, ranges included, must be equal.
// A byte order mark is dropped, as .NET's File.ReadAllText does, so offsets agree.
//
// Prints one line per mismatch, "MISMATCH name: JSON path of the first difference (tse X vs ours Y)",
// or "known ..." for a file in the LIST ("name  # reason" lines), then a count line. A file both
// parsers reject is fine; one that only one of them rejects is a mismatch. Exits 0 when every file
// is equal or known, 1 when there is a mismatch that is not listed, 2 on a usage, input or
// internal error.
import { createReadStream, existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { firstDifference } from "./estree-difference.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = join(here, "..", "..", "fixtures");

function fail(message) {
  console.error(`compare-with-typescript-estree: ${message}`);
  process.exit(2);
}

if (!existsSync(join(fixtures, "node_modules", "@typescript-eslint", "typescript-estree")))
  fail(`@typescript-eslint/typescript-estree is not installed in ${fixtures}/node_modules; run tests/setup.sh`);
const { parse, TSError } = createRequire(join(fixtures, "package.json"))("@typescript-eslint/typescript-estree");

const args = process.argv.slice(2);
let knownPath = null, oursPath = null;
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--known" && i + 1 < args.length) knownPath = args[++i];
  else if (args[i].startsWith("--") || oursPath !== null) fail(`unexpected argument '${args[i]}'`);
  else oursPath = args[i];
}
if (!oursPath) fail("usage: node compare-with-typescript-estree.mjs [--known LIST] OURS.jsonl");
if (!existsSync(oursPath)) fail(`no such file: ${oursPath}`);

const known = new Map();
if (knownPath && existsSync(knownPath)) {
  for (const raw of readFileSync(knownPath, "utf8").split("\n")) {
    const line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    const hash = line.indexOf("#");
    known.set((hash < 0 ? line : line.slice(0, hash)).trim(), hash < 0 ? "" : line.slice(hash + 1).trim());
  }
}

// The reference options (docs/typescript-estree-plan.md §1). Deprecated aliases such as
// TSEnumDeclaration.members are non-enumerable getters, so they never reach the comparison.
function options(file) {
  return {
    range: true, loc: false, comment: false, tokens: false, jsx: file.endsWith(".tsx"), filePath: file,
    jsDocParsingMode: "none", suppressDeprecatedPropertyWarnings: true,
  };
}

function readSource(file) {
  const text = readFileSync(file, "utf8");
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

// The tree, or why typescript-estree rejected the file. Anything but a TSError is a bug in the
// reference or in this script, not a rejection, so it propagates.
function parseReference(file) {
  try {
    return { tree: parse(readSource(file), options(file)) };
  } catch (error) {
    if (!(error instanceof TSError)) throw error;
    const at = error.location?.start;
    return { error: at ? `${at.line}:${at.column}: ${error.message}` : error.message };
  }
}

function compareLine(entry) {
  if (entry.exception) return `our parser threw: ${entry.error}`;
  const theirs = parseReference(entry.file);
  if (entry.program) {
    if (theirs.error) return `we accept, typescript-estree rejects: ${theirs.error}`;
    return firstDifference(theirs.tree, entry.program, "tse");
  }
  return theirs.error ? null : `we reject (${entry.error}), typescript-estree accepts`;
}

async function main() {
  let files = 0, equal = 0, bothRejected = 0, newMismatches = 0, knownMismatches = 0;
  const outputLines = [];
  // Line by line: zod/src alone is over 40 MB of JSON.
  const lines = createInterface({ input: createReadStream(oursPath, "utf8"), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line) continue;
    let entry;
    try {
      entry = JSON.parse(line);
    } catch (error) {
      fail(`line ${files + 1} of ${oursPath} is not JSON: ${error.message}`);
    }
    if (typeof entry.name !== "string" || typeof entry.file !== "string" || !("program" in entry || "error" in entry))
      fail(`line ${files + 1} of ${oursPath} has no name, file, and program or error`);
    files++;
    let difference;
    try {
      difference = compareLine(entry);
    } catch (error) {
      difference = `comparison failed: ${error?.stack ?? error}`.replaceAll("\n", " | ");
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
  // exitCode, not exit(): let stdout drain when it is a pipe.
  process.exitCode = newMismatches > 0 ? 1 : 0;
}

main().catch(error => fail(error?.stack ?? String(error)));
