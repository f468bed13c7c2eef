#!/usr/bin/env node
// Compares Sharpack.Css's tokens with the reference CSS Syntax Level 3 tokenizer,
// @csstools/css-tokenizer (resolved from tests/fixtures; run tests/setup.sh first).
//
//   node compare-tokens.mjs [--unicode-ranges] [--verbose] OURS.jsonl
//
// Each line of OURS.jsonl (blank lines are skipped) is one file's tokens:
//   {"name": "bootstrap.css", "file": "/abs/path.css", "tokens": [TOKEN, ...]}
// The file's text is read as UTF-8 and a leading BOM (U+FEFF) is dropped, as .NET's
// File.ReadAllText does; offsets on both sides are into that BOM-less text. A TOKEN is
//   {"t": TYPE, "s": START, "e": END, ...}
// START/END: UTF-16 offsets, END exclusive (csstools' end index is inclusive: it is converted).
// No EOF token. Newlines are not normalized: offsets are into the text as read ("\r\n" is one
// two-unit whitespace token, a NUL stays one unit). TYPE and the extra fields, exactly:
//   ident, function, at-keyword   "v": the name (escapes decoded; no "@", no "(")
//   hash                          "v": the name without "#" (decoded), "ht": "id" | "unrestricted"
//   string                        "v": the contents (escapes decoded, no quotes)
//   url                           "v": the contents (escapes decoded, no "url(" / ")" / spaces)
//   delim                         "v": the character
//   number                        "v": the value as a JSON number, "nt": "integer" | "number"
//   percentage                    "v": the value (50% is 50), "nt" (derived: see below)
//   dimension                     "v": the value, "u": the unit (escapes decoded), "nt"
//   unicode-range (only with --unicode-ranges)  "v": [start, end] (code points)
//   bad-string, bad-url, whitespace, CDO, CDC, colon, semicolon, comma,
//   "[", "]", "(", ")", "{", "}", comment        no extra field
// Every token must have exactly these fields. Numbers compare as JSON numbers (-0 equals 0); an
// infinite value (1e400) is the string "Infinity" or "-Infinity" (System.Text.Json's named
// literals) or null. csstools gives a percentage no integer/number type (the spec has none); "nt"
// of a percentage is derived from its text: "number" if the digits have a "." or an exponent.
// Without --unicode-ranges the reference tokenizes "U+0025-00FF" as ident "U", number "+0025",
// dimension "-00FF" (the current draft: unicode-range is re-parsed by the consumer).
//
// Prints "MISMATCH name: token #i (ref X vs ours Y)" for the first difference in each file (X or
// Y is "(none)" past the end of a token list; --verbose adds the line/column and text around the
// reference token), then one count line. Exit code: 0 all equal, 1 a mismatch, 2 usage or input
// error (bad arguments, an unreadable file, a malformed line, the reference not installed).
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";

function usage(message) {
    if (message) console.error(`compare-tokens: ${message}`);
    console.error("usage: node compare-tokens.mjs [--unicode-ranges] [--verbose] OURS.jsonl");
    process.exit(2);
}

let unicodeRanges = false;
let verbose = false;
let oursFile = null;
for (const arg of process.argv.slice(2)) {
    if (arg === "--unicode-ranges") unicodeRanges = true;
    else if (arg === "--verbose") verbose = true;
    else if (arg.startsWith("-") || oursFile !== null) usage(`unexpected argument ${arg}`);
    else oursFile = arg;
}
if (oursFile === null) usage();
if (!fs.existsSync(oursFile)) usage(`no such file: ${oursFile}`);

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../fixtures");
let tokenize;
try {
    const require = createRequire(path.join(fixtures, "package.json"));
    ({ tokenize } = await import(pathToFileURL(require.resolve("@csstools/css-tokenizer")).href));
} catch (error) {
    usage(`@csstools/css-tokenizer is not installed in ${fixtures} (run tests/setup.sh): ${error.message}`);
}

const simpleTypes = {
    "comment": "comment",
    "bad-string-token": "bad-string",
    "bad-url-token": "bad-url",
    "CDC-token": "CDC",
    "CDO-token": "CDO",
    "colon-token": "colon",
    "comma-token": "comma",
    "semicolon-token": "semicolon",
    "whitespace-token": "whitespace",
    "(-token": "(",
    ")-token": ")",
    "[-token": "[",
    "]-token": "]",
    "{-token": "{",
    "}-token": "}",
};
const namedTypes = {
    "ident-token": "ident",
    "function-token": "function",
    "at-keyword-token": "at-keyword",
    "string-token": "string",
    "url-token": "url",
    "delim-token": "delim",
};

// csstools token [type, text, start, endInclusive, data] -> our shape (null for EOF).
function convert(token) {
    const [type, text, start, end, data] = token;
    if (type === "EOF-token") return null;
    const ours = { t: null, s: start, e: end + 1 };
    if (type in simpleTypes) ours.t = simpleTypes[type];
    else if (type in namedTypes) {
        ours.t = namedTypes[type];
        ours.v = data.value;
    } else if (type === "hash-token") {
        ours.t = "hash";
        ours.v = data.value;
        ours.ht = data.type;
    } else if (type === "number-token") {
        ours.t = "number";
        ours.v = data.value;
        ours.nt = data.type;
    } else if (type === "percentage-token") {
        ours.t = "percentage";
        ours.v = data.value;
        ours.nt = /[.eE]/.test(text.slice(0, -1)) ? "number" : "integer";
    } else if (type === "dimension-token") {
        ours.t = "dimension";
        ours.v = data.value;
        ours.u = data.unit;
        ours.nt = data.type;
    } else if (type === "unicode-range-token") {
        ours.t = "unicode-range";
        ours.v = [data.startOfRange, data.endOfRange];
    } else {
        throw new Error(`compare-tokens: unknown csstools token type ${type}`);
    }
    return ours;
}

function sameNumber(ref, ours) {
    if (typeof ours === "string" && (ours === "Infinity" || ours === "-Infinity")) ours = Number(ours);
    if (!Number.isFinite(ref)) return ours === ref || ours === null;
    return typeof ours === "number" && ours === ref;
}

function sameValue(ref, ours) {
    if (typeof ref === "number") return sameNumber(ref, ours);
    if (Array.isArray(ref)) {
        return Array.isArray(ours) && ours.length === ref.length && ref.every((x, i) => sameValue(x, ours[i]));
    }
    return ref === ours;
}

function sameToken(ref, ours) {
    if (ours === null || typeof ours !== "object" || Array.isArray(ours)) return false;
    const refKeys = Object.keys(ref);
    const oursKeys = Object.keys(ours);
    if (refKeys.length !== oursKeys.length) return false;
    return refKeys.every((key) => Object.hasOwn(ours, key) && sameValue(ref[key], ours[key]));
}

function show(token) {
    if (token === undefined) return "(none)";
    return JSON.stringify(token, (key, value) => (typeof value === "number" && !Number.isFinite(value) ? String(value) : value));
}

function where(text, offset) {
    const before = text.slice(0, offset);
    const line = before.split("\n").length;
    const column = offset - before.lastIndexOf("\n");
    const excerpt = JSON.stringify(text.slice(Math.max(0, offset - 30), offset + 30));
    return `line ${line}, column ${column}, near ${excerpt}`;
}

let files = 0;
let tokens = 0;
let mismatched = 0;
let lineNumber = 0;
const lines = readline.createInterface({ input: fs.createReadStream(oursFile), crlfDelay: Infinity });
for await (const line of lines) {
    lineNumber++;
    if (line.trim() === "") continue;
    let entry;
    try {
        entry = JSON.parse(line);
    } catch (error) {
        usage(`${oursFile}:${lineNumber}: not JSON: ${error.message}`);
    }
    if (entry === null || typeof entry !== "object" || typeof entry.file !== "string" || !Array.isArray(entry.tokens)) {
        usage(`${oursFile}:${lineNumber}: expected {"name", "file", "tokens": [...]}`);
    }
    const name = typeof entry.name === "string" ? entry.name : entry.file;
    let text;
    try {
        text = fs.readFileSync(entry.file, "utf8");
    } catch (error) {
        usage(`${oursFile}:${lineNumber}: cannot read ${entry.file}: ${error.message}`);
    }
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

    const ref = [];
    for (const token of tokenize({ css: text, unicodeRangesAllowed: unicodeRanges })) {
        const converted = convert(token);
        if (converted !== null) ref.push(converted);
    }
    files++;
    const count = Math.max(ref.length, entry.tokens.length);
    for (let i = 0; i < count; i++) {
        if (i < ref.length && i < entry.tokens.length && sameToken(ref[i], entry.tokens[i])) continue;
        mismatched++;
        console.log(`MISMATCH ${name}: token #${i} (ref ${show(ref[i])} vs ours ${show(entry.tokens[i])})`);
        if (verbose) {
            const offset = i < ref.length ? ref[i].s : text.length;
            console.log(`    at ${where(text, offset)}`);
        }
        break;
    }
    tokens += ref.length;
}

console.log(`compare-tokens: ${files} files, ${tokens} reference tokens, ${files - mismatched} equal, ${mismatched} mismatched`);
process.exit(mismatched === 0 ? 0 : 1);
