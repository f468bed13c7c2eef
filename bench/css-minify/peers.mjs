// Speed and output size of the peer CSS minifiers in node, measured the way `sharpack-bench
// css-minify` measures Sharpack (bench/Sharpack.Bench/CssMinifyBenchmark.cs), with the same JSON lines.
//
//   node peers.mjs [--tool lightningcss|esbuild|cssnano|all] FILE...
//        [--runs N] [--warmup N] [--warmup-ms MS] [--budget S] [--json] [--verbose] [--out DIR]
//
// Each file is read once. A first call checks it (a throw is reported as that file's result) and,
// with --out DIR, its output is written to DIR/TOOL/FILE (untimed). The warm-up goes on until at
// least --warmup calls (default 5, the first one included) and --warmup-ms milliseconds (default
// 3000) are done, so V8 has optimized the JS minifiers, but stops once it has taken half of
// --budget. Then --runs calls (default 10) are timed, each on its own, or fewer (at least 3) when
// they would take more than --budget seconds (default 20) at the warm-up's pace. No GC is forced.
// The median time gives MB/s (10^6 bytes of the file on disk per second).
//
// The calls, each with its tool's defaults otherwise:
//   lightningcss  transform({ filename, code, minify: true, errorRecovery: true }): no targets, so
//                 nothing is lowered or prefixed. `code` is the file's Buffer, read before timing,
//                 and the output Buffer is not decoded inside the timed region (the native binding
//                 takes and gives bytes). errorRecovery: the generated Tailwind build has 8 rules
//                 whose selectors lightningcss rejects (a pseudo-element after a pseudo-element,
//                 `::first-letter::placeholder`); without it the whole file throws. It drops them
//                 (browsers drop them too) and warns; valid CSS is minified the same either way.
//   esbuild       transformSync(code, { loader: "css", minify: true })
//   cssnano       await processor.process(code, { from: undefined }) with
//                 processor = postcss([cssnano({ preset: "default" })]), made once before timing;
//                 each call is awaited on its own (parse, the preset's plugins, stringify).
// `errors` counts the warnings a tool gave on the first call (lightningcss's warnings, esbuild's
// warnings, postcss's result.warnings()).

import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { transform as lightningTransform } from 'lightningcss';
import * as esbuild from 'esbuild';
import postcss from 'postcss';
import cssnano from 'cssnano';

const cssnanoProcessor = postcss([cssnano({ preset: 'default' })]);

// Each tool: prepare(file, text) → the input the call takes; call(input) → { code, warnings }
// (code: a string or a Buffer, whichever the tool gives).
const TOOLS = {
  lightningcss: {
    prepare: (file, text) => ({ filename: basename(file), code: Buffer.from(text, 'utf8') }),
    call: ({ filename, code }) => {
      const result = lightningTransform({ filename, code, minify: true, errorRecovery: true });
      return { code: result.code, warnings: result.warnings.length };
    },
  },
  esbuild: {
    prepare: (_file, text) => text,
    call: text => {
      const result = esbuild.transformSync(text, { loader: 'css', minify: true });
      return { code: result.code, warnings: result.warnings.length };
    },
  },
  cssnano: {
    prepare: (_file, text) => text,
    call: async text => {
      const result = await cssnanoProcessor.process(text, { from: undefined });
      return { code: result.css, warnings: result.warnings().length };
    },
  },
};

const USAGE =
  'usage: node peers.mjs [--tool lightningcss|esbuild|cssnano|all] FILE... ' +
  '[--runs N] [--warmup N] [--warmup-ms MS] [--budget S] [--json] [--verbose] [--out DIR]';

function parseArguments(argv) {
  const settings = {
    files: [], tools: Object.keys(TOOLS), runs: 10, warmup: 5, warmupMs: 3000, budget: 20,
    json: false, verbose: false, out: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    switch (arg) {
      case '--json': settings.json = true; break;
      case '--verbose': settings.verbose = true; break;
      case '--out':
        if (i + 1 >= argv.length || argv[i + 1].startsWith('--')) fail('--out needs a directory');
        settings.out = argv[++i];
        break;
      case '--tool': {
        const name = argv[++i];
        if (name === 'all') settings.tools = Object.keys(TOOLS);
        else if (name in TOOLS) settings.tools = [name];
        else fail(`unknown tool '${name}'`);
        break;
      }
      case '--runs': case '--warmup': case '--warmup-ms': case '--budget': {
        const n = Number(argv[++i]);
        const least = arg === '--runs' || arg === '--budget' ? 1 : 0;
        if (!Number.isInteger(n) || n < least) fail(`${arg} needs a count${least ? ' of at least 1' : ''}`);
        if (arg === '--runs') settings.runs = n;
        else if (arg === '--warmup') settings.warmup = n;
        else if (arg === '--budget') settings.budget = n;
        else settings.warmupMs = n;
        break;
      }
      default:
        if (arg.startsWith('--')) fail(`unknown option '${arg}'`);
        settings.files.push(arg);
    }
  }
  if (settings.files.length === 0) fail('no files given');
  return settings;
}

function fail(problem) {
  console.error(`peers.mjs: ${problem}`);
  console.error(USAGE);
  process.exit(2);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const byteLength = code => typeof code === 'string' ? Buffer.byteLength(code, 'utf8') : code.length;

// `first` is the first call's result, made by the caller; the warm-up counts it and goes on from `started`.
async function measure(tool, input, settings, started) {
  let calls = 1;
  for (; (calls < settings.warmup || performance.now() - started < settings.warmupMs)
    && performance.now() - started < settings.budget * 500; calls++)
    await tool.call(input);
  const callMs = (performance.now() - started) / calls;
  const runs = Math.min(settings.runs, Math.max(Math.min(3, settings.runs), Math.floor(settings.budget * 1000 / Math.max(callMs, 0.001))));
  const times = new Array(runs);
  let sink = null;
  for (let i = 0; i < runs; i++) {
    const before = performance.now();
    sink = await tool.call(input);
    times[i] = performance.now() - before;
  }
  if (sink === null) throw new Error('unreachable');
  if (settings.verbose) {
    console.error(`  warm-up: ${calls} calls, ${(performance.now() - started).toFixed(0)} ms`);
    times.forEach((t, i) => console.error(`  run ${String(i + 1).padStart(2)}: ${t.toFixed(2).padStart(9)} ms`));
  }
  return { runs, medianMs: median(times), minMs: Math.min(...times) };
}

function formatHeader() {
  return `${'tool'.padEnd(13)} ${'file'.padEnd(16)} ${'size kB'.padStart(9)} ${'out kB'.padStart(9)} ${'out %'.padStart(6)} ` +
    `${'median ms'.padStart(10)} ${'min ms'.padStart(9)} ${'MB/s'.padStart(8)} ${'runs'.padStart(4)} ${'errors'.padStart(6)} ${'alloc MB/call'.padStart(13)}`;
}

function formatRow(m) {
  return `${m.tool.padEnd(13)} ${m.file.padEnd(16)} ${(m.bytes / 1e3).toFixed(1).padStart(9)} ${(m.outBytes / 1e3).toFixed(1).padStart(9)} ` +
    `${(100 * m.outBytes / m.bytes).toFixed(1).padStart(6)} ${m.medianMs.toFixed(2).padStart(10)} ${m.minMs.toFixed(2).padStart(9)} ` +
    `${m.mbPerS.toFixed(1).padStart(8)} ${String(m.runs).padStart(4)} ${String(m.errors).padStart(6)} ${'-'.padStart(13)}`;
}

const settings = parseArguments(process.argv.slice(2));
if (!settings.json) console.log(formatHeader());
for (const name of settings.tools) {
  const tool = TOOLS[name];
  for (const path of settings.files) {
    const file = basename(path);
    const bytes = statSync(path).size;
    const input = tool.prepare(path, readFileSync(path, 'utf8'));
    let first;
    const started = performance.now();
    try {
      first = await tool.call(input);
    } catch (error) {
      const message = String(error?.message ?? error).split('\n')[0];
      console.error(`peers.mjs: ${name}: ${path}: ${message}`);
      if (settings.json) console.log(JSON.stringify({ tool: name, file, path, bytes, error: message }));
      process.exitCode = 1;
      continue;
    }
    if (settings.out !== null) {
      // Written before the warm-up goes on; the warm-up clock is not started again (a few ms).
      mkdirSync(join(settings.out, name), { recursive: true });
      writeFileSync(join(settings.out, name, file), first.code);
    }
    const { runs, medianMs, minMs } = await measure(tool, input, settings, started);
    const m = {
      tool: name, file, path, bytes, outBytes: byteLength(first.code), errors: first.warnings, runs,
      medianMs: +medianMs.toFixed(3), minMs: +minMs.toFixed(3), mbPerS: +(bytes / 1e6 / (medianMs / 1e3)).toFixed(2),
      allocBytes: -1,
    };
    console.log(settings.json ? JSON.stringify(m) : formatRow(m));
  }
}
