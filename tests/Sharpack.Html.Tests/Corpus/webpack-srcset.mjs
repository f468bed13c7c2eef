#!/usr/bin/env node
// The reference srcset parser: webpack's own (lib/html/syntax-parser.js parseSrcset, resolved
// from tests/fixtures; run tests/setup.sh first).
//
//   node webpack-srcset.mjs INPUTS.json > RESULTS.json
//
// INPUTS.json is an array of srcset values; RESULTS.json the same length, each
// {"candidates": [[url, start, end], ...]} or {"error": message}. Exit code 2 when webpack is not installed.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../fixtures");
let syntax;
try {
    syntax = createRequire(path.join(fixtures, "package.json"))("webpack/lib/html/syntax-parser.js");
} catch (error) {
    console.error(`webpack-srcset: webpack is not installed in ${fixtures} (run tests/setup.sh): ${error.message}`);
    process.exit(2);
}
const inputs = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const results = inputs.map(input => {
    try {
        return { candidates: syntax.parseSrcset(input) };
    } catch (error) {
        return { error: error.message };
    }
});
process.stdout.write(JSON.stringify(results));
