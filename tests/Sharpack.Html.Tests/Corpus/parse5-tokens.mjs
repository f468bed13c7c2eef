#!/usr/bin/env node
// The reference token stream: parse5's tokenizer (resolved from tests/fixtures; run
// tests/setup.sh first), a WHATWG HTML tokenizer that passes html5lib's tokenizer tests.
//
//   node parse5-tokens.mjs INPUTS.jsonl > TOKENS.jsonl
//
// Each line of INPUTS.jsonl is {"name": N, "text": T, "switch": B}: with "switch" true the
// harness switches the tokenizer's state after a start tag as a tree builder in HTML content
// would (title/textarea → RCDATA; style/xmp/iframe/noembed/noframes → RAWTEXT; script → script
// data; plaintext → PLAINTEXT), else it stays as html5lib's tokenizer tests run it. Each output
// line is {"name": N, "tokens": [...], "errors": [...]}: the tokens in html5lib's token format,
// adjacent characters joined, and the parse errors' codes, sorted:
//   ["StartTag", name, {attrs}, selfClosing?] ["EndTag", name] ["Comment", data]
//   ["Character", data] ["DOCTYPE", name, publicId, systemId, !forceQuirks]
// (selfClosing is present only when true). Exit code 2 when parse5 is not installed.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../fixtures");
let parse5;
try {
    parse5 = createRequire(path.join(fixtures, "package.json"))("parse5");
} catch (error) {
    console.error(`parse5-tokens: parse5 is not installed in ${fixtures} (run tests/setup.sh): ${error.message}`);
    process.exit(2);
}
const { Tokenizer, TokenizerMode } = parse5;
const SWITCH = {
    title: TokenizerMode.RCDATA, textarea: TokenizerMode.RCDATA,
    style: TokenizerMode.RAWTEXT, xmp: TokenizerMode.RAWTEXT, iframe: TokenizerMode.RAWTEXT,
    noembed: TokenizerMode.RAWTEXT, noframes: TokenizerMode.RAWTEXT,
    script: TokenizerMode.SCRIPT_DATA, plaintext: TokenizerMode.PLAINTEXT,
};

function tokenize(text, switchStates) {
    const tokens = [];
    const errors = [];
    const characters = data => {
        const last = tokens[tokens.length - 1];
        if (last && last[0] === "Character") last[1] += data;
        else tokens.push(["Character", data]);
    };
    let tokenizer;
    const handler = {
        onComment: t => tokens.push(["Comment", t.data]),
        onDoctype: t => tokens.push(["DOCTYPE", t.name, t.publicId, t.systemId, !t.forceQuirks]),
        onStartTag: t => {
            const attrs = {};
            for (const a of t.attrs) attrs[a.name] = a.value;
            tokens.push(t.selfClosing ? ["StartTag", t.tagName, attrs, true] : ["StartTag", t.tagName, attrs]);
            if (switchStates && SWITCH[t.tagName] !== undefined) tokenizer.state = SWITCH[t.tagName];
        },
        onEndTag: t => tokens.push(["EndTag", t.tagName]),
        onEof: () => {},
        onCharacter: t => characters(t.chars),
        onNullCharacter: t => characters(t.chars),
        onWhitespaceCharacter: t => characters(t.chars),
        onParseError: e => errors.push(e.code),
    };
    tokenizer = new Tokenizer({ sourceCodeLocationInfo: false }, handler);
    tokenizer.write(text, true);
    return { tokens, errors: errors.sort() };
}

const lines = fs.readFileSync(process.argv[2], "utf8").split("\n").filter(line => line.length > 0);
const out = [];
for (const line of lines) {
    const input = JSON.parse(line);
    const { tokens, errors } = tokenize(input.text, input.switch);
    out.push(JSON.stringify({ name: input.name, tokens, errors }));
}
process.stdout.write(out.join("\n") + "\n");
