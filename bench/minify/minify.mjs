// Minifies one file with one of the JavaScript peers of bench/minify/run.sh and times the call.
//
//   node minify.mjs MINIFIER FILE OUT [--runs N] [--warmup N] [--budget SECONDS]
//
// MINIFIER is terser, esbuild, swc or oxc. The file is read before anything is timed; the timed
// region is the minify call alone (the text in, the text out: no file I/O, no module loading).
// The call is made --runs times (default 1) back to back in this process, after --warmup untimed
// calls (default 0, so that V8 has compiled the minifier's hot code), fewer when the timed calls
// made so far already took --budget seconds (default: no limit), and the output of the last call
// is written to OUT. Prints one JSON line to stdout: { "ms": [each call's time], "median": ms }.
//
// Options are those of each minifier's own CLI for "compress and mangle, nothing else": no
// top-level mangling, script goal, no source map.
import { readFileSync, writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

const [name, file, out, ...rest] = process.argv.slice(2);
let runs = 1;
let warmup = 0;
let budget = Infinity;
for (let i = 0; i < rest.length; i++) {
  if (rest[i] === "--runs") runs = Number(rest[++i]);
  else if (rest[i] === "--warmup") warmup = Number(rest[++i]);
  else if (rest[i] === "--budget") budget = Number(rest[++i]) * 1000;
  else throw new Error(`minify.mjs: unknown argument ${rest[i]}`);
}
if (!name || !file || !out || !(runs >= 1)) {
  console.error("usage: node minify.mjs terser|esbuild|swc|oxc FILE OUT [--runs N] [--warmup N] [--budget SECONDS]");
  process.exit(2);
}

// Each entry loads its minifier (not timed in the call time: it is part of the whole process's)
// and returns an async function from source text to minified text.
const minifiers = {
  // terser -c -m: compress and mangle with their defaults, toplevel off (the API's defaults).
  async terser() {
    const { minify } = await import("terser");
    return async (code) => (await minify(code, { compress: {}, mangle: {} })).code;
  },
  // esbuild --minify (whitespace, identifiers, syntax) on a .js file: loader js, no format change.
  async esbuild() {
    const { transform } = await import("esbuild");
    return async (code) => (await transform(code, { minify: true, loader: "js" })).code;
  },
  // @swc/core minify: compress and mangle with their defaults, script goal, toplevel off.
  async swc() {
    const { minifySync } = await import("@swc/core");
    return async (code) => minifySync(code, { compress: {}, mangle: {}, module: false, sourceMap: false }).code;
  },
  // oxc-minify: compress and mangle with their defaults; a .js file with module false is a
  // script, whose top level is not mangled.
  async oxc() {
    const { minifySync } = await import("oxc-minify");
    return async (code) => {
      const result = minifySync("input.js", code, { module: false, compress: true, mangle: true, sourcemap: false });
      if (result.errors.length > 0) throw new Error(result.errors.map((e) => e.message).join("\n"));
      return result.code;
    };
  },
};
if (!(name in minifiers)) {
  console.error(`minify.mjs: unknown minifier ${name} (${Object.keys(minifiers).join(", ")})`);
  process.exit(2);
}

const source = readFileSync(file, "utf8");
const minify = await minifiers[name]();
let output;
for (let i = 0; i < warmup; i++) output = await minify(source);
const times = [];
let spent = 0;
for (let i = 0; i < runs && (i === 0 || spent < budget); i++) {
  const started = performance.now();
  output = await minify(source);
  const ms = performance.now() - started;
  times.push(ms);
  spent += ms;
}
writeFileSync(out, output.endsWith("\n") ? output : `${output}\n`);
const sorted = [...times].sort((a, b) => a - b);
const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
console.log(JSON.stringify({ ms: times.map((t) => Math.round(t * 10) / 10), median: Math.round(median * 10) / 10 }));
// esbuild keeps its service process alive; leave at once rather than wait for it.
process.exit(0);
