#!/usr/bin/env node
// The reference trees: parse5's parser (resolved from tests/fixtures; run tests/setup.sh first),
// which passes html5lib's and WPT's tree-construction tests, with scripting on.
//
//   node parse5-trees.mjs INPUTS.jsonl > TREES.jsonl
//
// Each line of INPUTS.jsonl is {"name": N, "text": T}, or with "context": an element name (and
// "ns": "html", "svg" or "math") a fragment parsed in that context (parse5.parseFragment, as
// innerHTML); each output line {"name": N, "tree": S}
// with S the document in the tree-construction tests' format (html5lib's .dat "#document"):
// one node per line, "| " and two spaces per level, elements as <name> (<svg name> and
// <math name> in foreign namespaces), attributes sorted by name below their element as
// name="value" ("xlink href" for namespaced ones), text as "text", comments as <!-- data -->,
// DOCTYPEs as <!DOCTYPE name "public" "system"> (identifiers only when either is present), and a
// template's contents under a "content" line. Exit code 2 when parse5 is not installed.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../fixtures");
let parse5;
try {
    parse5 = createRequire(path.join(fixtures, "package.json"))("parse5");
} catch (error) {
    console.error(`parse5-trees: parse5 is not installed in ${fixtures} (run tests/setup.sh): ${error.message}`);
    process.exit(2);
}
const NAMESPACES = { html: "http://www.w3.org/1999/xhtml", svg: "http://www.w3.org/2000/svg", math: "http://www.w3.org/1998/Math/MathML" };
const NS = { "http://www.w3.org/2000/svg": "svg ", "http://www.w3.org/1998/Math/MathML": "math " };

function serialize(node, depth, lines) {
    const indent = "| " + "  ".repeat(depth);
    for (const child of node.childNodes ?? []) {
        if (child.nodeName === "#documentType") {
            const ids = child.publicId || child.systemId ? ` "${child.publicId ?? ""}" "${child.systemId ?? ""}"` : "";
            lines.push(`${indent}<!DOCTYPE ${child.name}${ids}>`);
        } else if (child.nodeName === "#comment") {
            lines.push(`${indent}<!-- ${child.data} -->`);
        } else if (child.nodeName === "#text") {
            lines.push(`${indent}"${child.value}"`);
        } else {
            lines.push(`${indent}<${NS[child.namespaceURI] ?? ""}${child.tagName}>`);
            const attrs = child.attrs
                .map(a => [a.prefix ? `${a.prefix} ${a.name}` : a.name, a.value])
                .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
            for (const [name, value] of attrs) lines.push(`${indent}  ${name}="${value}"`);
            if (child.tagName === "template" && child.content) {
                lines.push(`${indent}  content`);
                serialize(child.content, depth + 2, lines);
            }
            serialize(child, depth + 1, lines);
        }
    }
}

// With --webpack: webpack's own parser (lib/html/syntax-parser.js parseHtml), walked through its
// exported accessors, in the same format (a processing instruction as <?target data>).
function webpackTree(text) {
    const syntax = createRequire(path.join(fixtures, "package.json"))("webpack/lib/html/syntax-parser.js");
    const S = syntax._S;
    const lines = [];
    const walk = (node, depth) => {
        const indent = "| " + "  ".repeat(depth);
        for (let k = syntax._firstChild(node); k !== 0; k = syntax._nextSibling(k)) {
            const type = S._types[k];
            if (type === 6) {
                // One DOCTYPE per document: its identifiers are the parser state's.
                const pub = S._doctypePublicId, sys = S._doctypeSystemId;
                const ids = pub != null || sys != null ? ` "${pub ?? ""}" "${sys ?? ""}"` : "";
                lines.push(`${indent}<!DOCTYPE ${syntax._dataOf(k)}${ids}>`);
            } else if (type === 5) lines.push(`${indent}<!-- ${syntax._dataOf(k)} -->`);
            else if (type === 4) lines.push(`${indent}"${syntax._dataOf(k)}"`);
            else if (type === 7) lines.push(`${indent}<?${syntax._tagNameOf(k)} ${syntax._dataOf(k)}>`);
            else if (type === 3) {
                const ns = syntax._namespaceOf(k);
                lines.push(`${indent}<${ns === 2 ? "svg " : ns === 1 ? "math " : ""}${syntax._tagNameOf(k)}>`);
                const attrs = syntax._attributeList(k).map(a => [a.serializedName ?? a.name, a.value])
                    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
                for (const [name, value] of attrs) lines.push(`${indent}  ${name}="${value}"`);
                if (ns === 0 && syntax._tagNameOf(k) === "template" && S._types[S._contentEnds[k]] === 2) {
                    lines.push(`${indent}  content`);
                    walk(S._contentEnds[k], depth + 2);
                }
                walk(k, depth + 1);
            }
        }
    };
    walk(syntax.parseHtml(text), 0);
    return lines.join("\n");
}

const lines = fs.readFileSync(process.argv[2], "utf8").split("\n").filter(line => line.length > 0);
if (process.argv[3] === "--webpack") {
    process.stdout.write(lines.map(line => {
        const input = JSON.parse(line);
        let tree;
        try { tree = input.context ? "(fragment)" : webpackTree(input.text); } catch (error) { tree = "threw " + error.message; }
        return JSON.stringify({ name: input.name, tree });
    }).join("\n") + "\n");
} else {
const out = [];
for (const line of lines) {
    const input = JSON.parse(line);
    const document = input.context
        ? parse5.parseFragment(parse5.defaultTreeAdapter.createElement(input.context, NAMESPACES[input.ns ?? "html"], []), input.text, { scriptingEnabled: true })
        : parse5.parse(input.text, { scriptingEnabled: true });
    const tree = [];
    serialize(document, 0, tree);
    out.push(JSON.stringify({ name: input.name, tree: tree.join("\n") }));
}
process.stdout.write(out.join("\n") + "\n");
}
