// Generates WebpackCases.Generated.cs: the text, size and maps webpack-sources produces for
// each case below, which the tests compare with ours. Cases are trees of sources in a small
// JSON form that tests/Sharpack.Sources.Tests/Support/CaseTree.cs builds the same way.
//
//   npm install --prefix /tmp/wps webpack-sources@3.7.1   # outside the repository
//   WEBPACK_SOURCES=/tmp/wps/node_modules/webpack-sources node generate-expectations.cjs
"use strict";
const fs = require("fs");
const path = require("path");
const ws = require(process.env.WEBPACK_SOURCES || "/tmp/wps/node_modules/webpack-sources");

const build = (node) => {
	if (typeof node === "string") return node;
	switch (node.t) {
		case "raw":
			return new ws.RawSource(node.v);
		case "orig":
			return new ws.OriginalSource(node.v, node.n);
		case "replace": {
			const s = new ws.ReplaceSource(build(node.s), node.n);
			for (const op of node.ops) {
				if (op[0] === "r") s.replace(op[1], op[2], op[3], op[4]);
				else s.insert(op[1], op[2], op[3]);
			}
			return s;
		}
		case "concat":
			return new ws.ConcatSource(...node.c.map(build));
		case "prefix":
			return new ws.PrefixSource(node.p, build(node.s));
		case "smap":
			return new ws.SourceMapSource(node.v, node.n, node.map, node.orig, node.inner, node.remove);
		case "cached":
			return new ws.CachedSource(build(node.s));
		default:
			throw new Error(node.t);
	}
};

const T1 = "var a = 1;\nvar b = 2;\nfunction f() { return a + b; }\n";
const T2 = "import x from './x';\nexport default function () {\n  return x;\n}\n";
const T3 = "const s = 'héllo wörld €';\nconst e = '😀';\nfoo(s, e);";
const orig = (v, n = "webpack://./src/a.js") => ({ t: "orig", v, n });
const rep = (s, ops, n) => ({ t: "replace", s, ops, n });

// A loader's output for T2 with its map (indentation changed, `x` renamed with a name).
const loader = new ws.ReplaceSource(new ws.OriginalSource(T2, "webpack://./src/b.js"));
loader.replace(50, 51, "\t");
loader.replace(59, 59, "x1", "x");
const loaderOut = loader.source(); // "import x from './x';\nexport default function () {\n\treturn x1;\n}\n"
const loaderMap = loader.map();
// A second stage over the loader's output: a minifier joins the lines and renames.
const minified = new ws.ReplaceSource(new ws.OriginalSource(loaderOut, "b.loader.js"));
minified.replace(7, 7, "y", "x");
minified.replace(20, 20, "");
minified.replace(49, 49, "");
minified.replace(50, 50, "");
minified.replace(58, 59, "y", "x1");
minified.replace(61, 61, "");
const minText = minified.source();
const minMap = minified.map();
// Seeded random edits over a larger text, for agreement beyond hand-written cases.
let seed = 12345;
const rand = (n) => {
	seed = (seed * 1103515245 + 12345) & 0x7fffffff;
	return seed % n;
};
const bigText = Array.from({ length: 40 }, (_, i) =>
	i % 7 === 0 ? `function f${i}(a, b) {\n  if (a) { return b; }\n}\n` : `var v${i} = require("./m${i}"); v${i}.run(${i});\n`,
).join("");
const randomOps = (count, multiline) => {
	const ops = [];
	for (let i = 0; i < count; i++) {
		const kind = rand(3);
		const start = rand(bigText.length + 4) - 2;
		const text = multiline && rand(3) === 0 ? `/* ${i} */\n__x${i}` : `__${i}`;
		if (kind === 0) ops.push(["i", start, text]);
		else ops.push(["r", start, start + rand(12) - 1, text, rand(2) === 0 ? `n${i}` : undefined]);
	}
	return ops;
};

const cases = {
	// ReplaceSource: order and overlap rules
	replace_no_edits_is_the_original: rep(orig(T1), []),
	replace_single_token: rep(orig(T1), [["r", 4, 4, "alpha"]]),
	replace_with_name_records_the_name: rep(orig(T1), [["r", 4, 4, "alpha", "a"]]),
	insert_at_same_position_keeps_insertion_order: rep(orig(T1), [["i", 11, "/*1*/"], ["i", 11, "/*2*/"], ["i", 11, "/*3*/"]]),
	insert_then_replace_at_same_start_insert_comes_first: rep(orig(T1), [["r", 11, 13, "let"], ["i", 11, "/*x*/"]]),
	replace_then_insert_at_same_start_insert_comes_first: rep(orig(T1), [["i", 11, "/*x*/"], ["r", 11, 13, "let"]]),
	adjacent_replacements: rep(orig(T1), [["r", 0, 2, "let"], ["r", 3, 3, "_"], ["r", 4, 4, "A"]]),
	overlapping_replacements_later_content_only_added: rep(orig(T1), [["r", 0, 9, "X"], ["r", 4, 15, "Y"]]),
	duplicate_replacements_both_contents_emitted: rep(orig(T1), [["r", 4, 4, "P"], ["r", 4, 4, "Q"]]),
	nested_replacement_inside_a_larger_one: rep(orig(T1), [["r", 0, 20, "OUTER"], ["r", 5, 6, "INNER"]]),
	same_start_shorter_end_first: rep(orig(T1), [["r", 4, 9, "long"], ["r", 4, 4, "short"]]),
	unsorted_edits_are_sorted_stably: rep(orig(T1), [["r", 30, 30, "C"], ["i", 0, "A"], ["r", 15, 15, "B"], ["i", 0, "A2"]]),
	delete_whole_lines: rep(orig(T1), [["r", 11, 21, ""]]),
	replacement_spanning_lines: rep(orig(T1), [["r", 8, 14, "1; let c"]]),
	multiline_replacement_content: rep(orig(T1), [["r", 4, 4, "(\n  a\n)", "a"]]),
	replacement_content_ending_in_newline: rep(orig(T1), [["i", 0, "\"use strict\";\n"]]),
	insert_at_end_of_text: rep(orig(T1), [["i", T1.length, "//# end\n"]]),
	edits_past_the_end_are_appended: rep(orig(T1), [["r", T1.length + 5, T1.length + 9, "A"], ["i", T1.length + 100, "B\nC"]]),
	negative_start_insert_goes_first: rep(orig(T1), [["i", -1, "/*neg*/"]]),
	empty_replacement_content: rep(orig(T1), [["r", 0, 3, ""], ["r", 10, 10, ""]]),
	esm_export_rewrite: rep(orig(T2), [
		["r", 0, 20, "/* harmony import */ var _x__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1);"],
		["r", 22, 36, "/* harmony default export */ __WEBPACK_DEFAULT_EXPORT__ = ("],
		["r", 60, 60, "_x__WEBPACK_IMPORTED_MODULE_0__[\"default\"]", "x"],
		["i", 64, ");"],
	]),
	replace_over_raw_source_has_no_map: rep({ t: "raw", v: T1 }, [["r", 4, 4, "z"]]),
	replace_over_non_ascii: rep(orig(T3), [["r", 10, 24, "'hi'"], ["r", 37, 40, "''"]]),
	replace_of_replace: rep(rep(orig(T1), [["r", 4, 4, "alpha"]]), [["r", 0, 2, "let"], ["i", 11, "/*2*/"]]),
	replace_over_source_map_source_with_names: rep({ t: "smap", v: minText, n: "b.min.js", map: minMap }, [["r", 0, 5, "IMPORT", "imp"], ["r", 30, 35, "X"]]),
	random_edits_single_line_content: rep(orig(bigText, "webpack://./src/big.js"), randomOps(120, false)),
	random_edits_multiline_content: rep(orig(bigText, "webpack://./src/big.js"), randomOps(120, true)),

	// OriginalSource
	original_tokens_split_at_statement_boundaries: orig(T1),
	original_without_trailing_newline: orig("a;b;{c}\n\nd"),
	original_empty: orig(""),
	original_crlf_and_tabs: orig("a;\r\n\tb { c; }\r\n"),
	original_non_ascii: orig(T3),

	// ConcatSource
	concat_mixed_children: { t: "concat", c: ["/* header */\n", orig(T1), { t: "raw", v: "// raw\n" }, orig(T2, "webpack://./src/b.js"), "tail"] },
	concat_mid_line_joins: { t: "concat", c: [orig("a = 1;", "x.js"), " ", orig("b = 2;", "y.js"), orig("\nc;", "x.js")] },
	concat_same_source_twice_is_one_source: { t: "concat", c: [orig("a;\n", "x.js"), orig("b;\n", "x.js")] },
	concat_of_concat_flattens: { t: "concat", c: [{ t: "concat", c: ["x", orig("y;\n", "y.js")] }, "z", { t: "concat", c: [orig("w;", "w.js")] }] },
	concat_of_replace_sources: { t: "concat", c: [rep(orig(T1), [["r", 4, 4, "A", "a"]]), rep(orig(T2, "webpack://./src/b.js"), [["r", 7, 7, "Y", "x"]])] },
	concat_with_empty_children: { t: "concat", c: ["", orig("a;", "a.js"), "", { t: "raw", v: "" }, orig("b;", "b.js")] },

	// PrefixSource
	prefix_original: { t: "prefix", p: "  ", s: orig(T1) },
	prefix_raw: { t: "prefix", p: "\t", s: { t: "raw", v: "a\nb\n\nc\n" } },
	prefix_concat: { t: "prefix", p: "/**/", s: { t: "concat", c: ["x\n", orig("y;\nz;", "y.js"), "\n"] } },
	prefix_empty: { t: "prefix", p: "", s: orig(T1) },

	// SourceMapSource
	source_map_source_without_inner_map: { t: "smap", v: loaderOut, n: "b.loader.js", map: loaderMap },
	source_map_source_with_inner_map: { t: "smap", v: minText, n: "b.loader.js", map: minMap, orig: loaderOut, inner: loaderMap },
	source_map_source_with_inner_map_remove_original: { t: "smap", v: minText, n: "b.loader.js", map: minMap, orig: loaderOut, inner: loaderMap, remove: true },
	source_map_source_inner_content_from_sources_content: { t: "smap", v: minText, n: "b.loader.js", map: minMap, inner: loaderMap },
	source_map_source_inner_map_for_another_name_is_ignored: { t: "smap", v: minText, n: "other.js", map: minMap, orig: loaderOut, inner: loaderMap },
	source_map_source_with_source_root: { t: "smap", v: loaderOut, n: "src/b.js", map: { ...loaderMap, sources: ["b.js"], sourceRoot: "webpack://./src/" } },
	concat_of_combined_source_map_sources: { t: "concat", c: [{ t: "smap", v: minText, n: "b.loader.js", map: minMap, orig: loaderOut, inner: loaderMap }, "\n", rep({ t: "smap", v: minText, n: "b.loader.js", map: minMap, orig: loaderOut, inner: loaderMap }, [["r", 0, 5, "IMPORT"]])] },

	// CachedSource
	cached_replace: { t: "cached", s: rep(orig(T1), [["r", 4, 4, "A", "a"]]) },
	concat_of_cached: { t: "concat", c: [{ t: "cached", s: orig(T1) }, { t: "cached", s: rep(orig(T2, "webpack://./src/b.js"), [["i", 0, "//\n"]]) }] },
};

const csString = (s) => (s === undefined || s === null ? "null" : JSON.stringify(s));
let out = `// <auto-generated>
// Generated by tools/generate-expectations.cjs from webpack-sources ${require(path.join(process.env.WEBPACK_SOURCES || "/tmp/wps/node_modules/webpack-sources", "package.json")).version}; do not edit.
// Each case: a source tree (Support/CaseTree.cs), webpack's text, size (UTF-8 bytes) and map
// JSON for columns: true and columns: false ("null" when webpack gives no map).
// </auto-generated>

namespace Sharpack.Sources.Tests;

internal static class WebpackCases
{
    public static readonly WebpackCase[] All =
    [
`;
for (const [name, tree] of Object.entries(cases)) {
	const source = build(tree);
	const text = source.source();
	const map = source.map({ columns: true });
	const lines = source.map({ columns: false });
	out += `        new(
            ${csString(name)},
            ${csString(JSON.stringify(tree))},
            ${csString(text)},
            ${source.size()},
            ${csString(JSON.stringify(map))},
            ${csString(JSON.stringify(lines))}),
`;
}
out += `    ];
}
`;
fs.writeFileSync(path.join(__dirname, "..", "WebpackCases.Generated.cs"), out);
console.log(`${Object.keys(cases).length} cases`);
