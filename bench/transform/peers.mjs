// Transform throughput of the peer TypeScript/JSX transformers in node, measured the way
// `sharpack-bench transform` measures Sharpack (bench/Sharpack.Bench/TransformBenchmark.cs), so the
// two can be put side by side row by row (bench/transform/run.sh does).
//
//   node peers.mjs [--tool NAME|all] --corpus NAME PATH... [--corpus NAME PATH...]
//        [--runs N] [--warmup N] [--warmup-ms MS] [--budget S] [--json]
//
// A corpus is every .ts/.tsx/.mts/.cts file (not .d.ts) under its PATHs (a PATH may also be one
// file), in ordinal order of the path. Its files are read once. A pass transforms every file, one
// after the other, on one thread (the async tools: all files at once, see below). The first pass
// checks the files (a file a tool fails on is reported, and is still transformed in the timed
// passes); passes go on for warm-up until at least --warmup passes (default 1, the first one
// included) and --warmup-ms milliseconds (default 3000, as sharpack-bench) are done, so V8 has
// optimized the tool's code; then --runs passes (default 5) are timed, each on its own, or fewer
// (at least 3) when they would take more than --budget seconds (default 30) by the warm-up passes'
// pace (Babel and tsc take about a minute a pass over the generated app). No GC is forced between
// passes. MB/s is the corpus's bytes on disk (10^6 bytes) over the median pass.
//
// The same job for every tool: TypeScript (with JSX in .tsx files) to ES2022 JavaScript with ES
// modules kept, React's automatic JSX runtime (production form), class fields defined
// (useDefineForClassFields), unused imports elided, no source map, no minification:
//   esbuild   transformSync(code, { loader: "ts"|"tsx", target: "es2022", jsx: "automatic", ... })
//             (each call is a round trip to esbuild's Go service process)
//   swc       @swc/core transformSync(code, { jsc: { parser: { syntax: "typescript", tsx },
//             target: "es2022", transform: { react: { runtime: "automatic" } } }, ... })
//   babel     @babel/core transformSync(code, { presets: [preset-typescript, [preset-react,
//             { runtime: "automatic", development: false }]], no config files, ... }), preset-react
//             for .tsx files only
//   tsc       typescript transpileModule(code, { compilerOptions: { module: ESNext,
//             target: ES2022, jsx: ReactJSX } })
// and two that use more than one thread, reported apart from the single-threaded figures:
//   esbuild-async  await Promise.all(files.map(f => transform(...)))   esbuild's service runs
//                  the calls on all cores (goroutines)
//   swc-async      await Promise.all(files.map(f => swc.transform(...)))   on libuv's thread pool
//                  (UV_THREADPOOL_SIZE, 4 by default)

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import swc from '@swc/core';
import * as babel from '@babel/core';
import presetTypeScript from '@babel/preset-typescript';
import presetReact from '@babel/preset-react';
import ts from 'typescript';

const isTsx = (file) => file.endsWith('.tsx');

// The edition every tool writes for (--target; es2022 keeps everything the sources use).
let target = 'es2022';
const esbuildOptions = (file) => ({
  loader: isTsx(file) ? 'tsx' : 'ts',
  target,
  jsx: 'automatic',
  sourcefile: file,
  sourcemap: false,
  minify: false,
  tsconfigRaw: { compilerOptions: { useDefineForClassFields: true } },
});
const swcOptions = (file) => ({
  filename: file,
  swcrc: false,
  configFile: false,
  isModule: true,
  sourceMaps: false,
  minify: false,
  jsc: {
    parser: { syntax: 'typescript', tsx: isTsx(file) },
    target,
    transform: { react: { runtime: 'automatic', development: false }, useDefineForClassFields: true },
  },
});
// One presets array per extension for every call: Babel caches the loaded presets by the array's
// identity. preset-react only for .tsx: its JSX syntax would read a .ts file's `<T>x` casts as JSX
// (a config's `overrides: [{ test: /\.tsx$/, presets: [...] }]` does the same).
const babelTs = [[presetTypeScript, {}]];
const babelTsx = [[presetTypeScript, {}], [presetReact, { runtime: 'automatic', development: false }]];
const babelOptions = (file) => ({
  filename: file,
  babelrc: false,
  configFile: false,
  browserslistConfigFile: false,
  sourceType: 'module',
  sourceMaps: false,
  presets: isTsx(file) ? babelTsx : babelTs,
});
const tscCompilerOptions = {
  module: ts.ModuleKind.ESNext,
  get target() { return ts.ScriptTarget[target.toUpperCase().replace('ESNEXT', 'ESNext')]; },
  jsx: ts.JsxEmit.ReactJSX,
  useDefineForClassFields: true,
  sourceMap: false,
};

// transform(source, file, checking) returns the output's length, or throws; `checking` is true in
// the first pass (tsc reports its syntax errors only when asked, which is not timed).
const TOOLS = {
  esbuild: { mode: 'single', transform: (source, file) => esbuild.transformSync(source, esbuildOptions(file)).code.length },
  swc: { mode: 'single', transform: (source, file) => swc.transformSync(source, swcOptions(file)).code.length },
  babel: { mode: 'single', transform: (source, file) => babel.transformSync(source, babelOptions(file)).code.length },
  tsc: {
    mode: 'single',
    transform: (source, file, checking) => {
      const output = ts.transpileModule(source, { fileName: file, compilerOptions: tscCompilerOptions, reportDiagnostics: checking });
      const error = checking ? output.diagnostics?.find((d) => d.category === ts.DiagnosticCategory.Error) : undefined;
      if (error) {
        const { line, character } = error.file.getLineAndCharacterOfPosition(error.start ?? 0);
        throw new Error(`${line + 1}:${character + 1}: ${ts.flattenDiagnosticMessageText(error.messageText, ' ')}`);
      }
      return output.outputText.length;
    },
  },
  'esbuild-async': { mode: 'async', transformAsync: async (source, file) => (await esbuild.transform(source, esbuildOptions(file))).code.length },
  'swc-async': { mode: 'async', transformAsync: async (source, file) => (await swc.transform(source, swcOptions(file))).code.length },
};
const SINGLE = ['esbuild', 'swc', 'babel', 'tsc'];

const USAGE =
  'usage: node peers.mjs [--tool esbuild|swc|babel|tsc|esbuild-async|swc-async|all] --corpus NAME PATH... ' +
  '[--corpus NAME PATH...] [--target esYYYY] [--runs N] [--warmup N] [--warmup-ms MS] [--budget S] [--json]';

function fail(problem) {
  console.error(`peers.mjs: ${problem}`);
  console.error(USAGE);
  process.exit(2);
}

function parseArguments(argv) {
  const settings = { corpora: [], tools: SINGLE, runs: 5, warmup: 1, warmupMs: 3000, budget: 30, json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    switch (arg) {
      case '--json': settings.json = true; break;
      case '--target': {
        const edition = argv[++i];
        if (!/^es(20(1[5-9]|2[0-4])|next)$/.test(edition ?? '')) fail('--target needs an ECMAScript edition (es2015 … es2024, esnext)');
        target = edition;
        break;
      }
      case '--tool': {
        const name = argv[++i];
        if (name === 'all') settings.tools = Object.keys(TOOLS);
        else if (name in TOOLS) settings.tools = [name];
        else fail(`unknown tool '${name}'`);
        break;
      }
      case '--corpus': {
        const name = argv[++i];
        if (!name || name.startsWith('--')) fail('--corpus needs a name');
        settings.corpora.push({ name, paths: [] });
        break;
      }
      case '--runs': case '--warmup': case '--warmup-ms': case '--budget': {
        const n = Number(argv[++i]);
        if (!Number.isInteger(n) || n < (arg === '--runs' ? 1 : 0)) fail(`${arg} needs a count`);
        if (arg === '--runs') settings.runs = n;
        else if (arg === '--warmup') settings.warmup = n;
        else if (arg === '--budget') settings.budget = n;
        else settings.warmupMs = n;
        break;
      }
      default:
        if (arg.startsWith('--')) fail(`unknown option '${arg}'`);
        if (settings.corpora.length === 0) fail(`'${arg}' comes before any --corpus`);
        settings.corpora.at(-1).paths.push(arg);
    }
  }
  if (settings.corpora.length === 0) fail('no corpus given');
  for (const corpus of settings.corpora) if (corpus.paths.length === 0) fail(`corpus '${corpus.name}' has no paths`);
  return settings;
}

// Every TypeScript source under the paths, declaration files left out, in ordinal order (the
// order sharpack-bench uses too).
const SOURCE = /\.(ts|tsx|mts|cts)$/;
const DECLARATION = /\.d\.(ts|mts|cts)$/;
function listFiles(paths) {
  const files = [];
  const walk = (path) => {
    if (statSync(path).isDirectory()) {
      for (const entry of readdirSync(path)) walk(join(path, entry));
    } else if (SOURCE.test(path) && !DECLARATION.test(path)) {
      files.push(path);
    }
  };
  for (const path of paths) walk(path);
  return [...new Set(files)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

// One pass over the corpus; returns the total length of the outputs (so nothing is optimized
// away). `failures`, when given, collects the files the tool threw on.
async function pass(tool, files, failures) {
  let sink = 0;
  if (tool.mode === 'single') {
    const checking = failures !== undefined;
    for (const { file, source } of files) {
      try {
        sink += tool.transform(source, file, checking);
      } catch (error) {
        failures?.push({ file, error: firstLine(error) });
      }
    }
  } else {
    const lengths = await Promise.all(files.map(({ file, source }) =>
      tool.transformAsync(source, file).catch((error) => {
        failures?.push({ file, error: firstLine(error) });
        return 0;
      })));
    for (const length of lengths) sink += length;
  }
  return sink;
}

function firstLine(error) {
  const text = error?.message ?? String(error);
  return text.split('\n').find((line) => line.trim() !== '')?.trim() ?? text;
}

async function measure(tool, files, settings) {
  const failures = [];
  const warmupStart = performance.now();
  const outChars = await pass(tool, files, failures);
  let passes = 1;
  for (; passes < settings.warmup || performance.now() - warmupStart < settings.warmupMs; passes++)
    await pass(tool, files);
  // --runs timed passes, or as many as fit in --budget seconds at the warm-up's pace, but at least 3.
  const passMs = (performance.now() - warmupStart) / passes;
  const runs = Math.max(Math.min(3, settings.runs), Math.min(settings.runs, Math.floor(settings.budget * 1000 / passMs)));
  const times = new Array(runs);
  let sink = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    sink += await pass(tool, files);
    times[i] = performance.now() - started;
  }
  if (sink < 0) throw new Error('unreachable');
  return { runs, medianMs: median(times), minMs: Math.min(...times), outChars, failures };
}

function formatHeader() {
  return `${'tool'.padEnd(14)} ${'mode'.padEnd(8)} ${'corpus'.padEnd(10)} ${'files'.padStart(6)} ${'size MB'.padStart(8)} ` +
    `${'median ms'.padStart(10)} ${'min ms'.padStart(9)} ${'MB/s'.padStart(8)} ${'failed'.padStart(6)}`;
}

function formatRow(m) {
  return `${m.tool.padEnd(14)} ${m.mode.padEnd(8)} ${m.corpus.padEnd(10)} ${String(m.files).padStart(6)} ` +
    `${(m.bytes / 1e6).toFixed(2).padStart(8)} ${m.medianMs.toFixed(1).padStart(10)} ${m.minMs.toFixed(1).padStart(9)} ` +
    `${m.mbPerS.toFixed(1).padStart(8)} ${String(m.failures).padStart(6)}`;
}

const settings = parseArguments(process.argv.slice(2));
const corpora = settings.corpora.map(({ name, paths }) => {
  const files = listFiles(paths).map((file) => ({ file, source: readFileSync(file, 'utf8'), bytes: statSync(file).size }));
  return { name, files, bytes: files.reduce((sum, f) => sum + f.bytes, 0) };
});
if (!settings.json) console.log(formatHeader());
for (const name of settings.tools) {
  const tool = TOOLS[name];
  for (const corpus of corpora) {
    const { runs, medianMs, minMs, outChars, failures } = await measure(tool, corpus.files, settings);
    for (const { file, error } of failures) console.error(`peers.mjs: ${name}: ${file}: ${error}`);
    if (failures.length > 0) process.exitCode = 1;
    const m = {
      tool: name.replace(/-async$/, ''), mode: tool.mode, corpus: corpus.name, files: corpus.files.length,
      bytes: corpus.bytes, runs, medianMs: +medianMs.toFixed(3), minMs: +minMs.toFixed(3),
      mbPerS: +(corpus.bytes / 1e6 / (medianMs / 1e3)).toFixed(2), outChars, allocBytes: -1,
      failures: failures.length, failed: failures.slice(0, 20),
    };
    console.log(settings.json ? JSON.stringify(m) : formatRow(m));
  }
}
// esbuild's service process would keep node alive.
await esbuild.stop?.();
