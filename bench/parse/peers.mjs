// Parse throughput of the peer parsers in node, measured the way `sharpack-bench parse` measures
// Sharpack (bench/Sharpack.Bench/ParseBenchmark.cs), so the two tables can be compared row by row.
//
//   node peers.mjs [--parser acorn|meriyah|all] [--script|--module] FILE...
//        [--runs N] [--warmup N] [--warmup-ms MS] [--json]
//
// Each file is read once; it is parsed for warm-up (at least --warmup times and --warmup-ms
// milliseconds, so V8 has optimized the parser), then parsed --runs times back to back, each timed
// alone; each parse pays for the collections its garbage (and its predecessor's) causes, as in a
// bundler that parses file after file. No GC is forced between runs: a forced full GC in V8 shrinks
// the heap and flushes code, and made acorn up to 6x slower on the next parse on this machine.
// The median time gives MB/s (10^6 bytes of the file on disk per second). Node has no per-thread
// allocation counter, so the allocation column is "-".
//
// Options, chosen to build the same tree the others build (ESTree with start/end offsets):
//   acorn   { ecmaVersion: "latest", sourceType } — its defaults otherwise (Annex B, regexps checked)
//   meriyah { next: true, webcompat: true, ranges: { start: true, end: true } } via
//           parseScript/parseModule — meriyah leaves offsets and Annex B off unless asked.

import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import * as acorn from 'acorn';
import * as meriyah from 'meriyah';

const PARSERS = {
  acorn: (source, goal) => acorn.parse(source, { ecmaVersion: 'latest', sourceType: goal }),
  meriyah: (source, goal) => {
    const options = { next: true, webcompat: true, ranges: { start: true, end: true } };
    return goal === 'module' ? meriyah.parseModule(source, options) : meriyah.parseScript(source, options);
  },
};

const USAGE =
  'usage: node peers.mjs [--parser acorn|meriyah|all] [--script|--module] FILE... ' +
  '[--runs N] [--warmup N] [--warmup-ms MS] [--json]';

function parseArguments(argv) {
  const settings = { files: [], parsers: ['acorn', 'meriyah'], runs: 10, warmup: 5, warmupMs: 500, json: false };
  let goal = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    switch (arg) {
      case '--script': goal = 'script'; break;
      case '--module': goal = 'module'; break;
      case '--json': settings.json = true; break;
      case '--parser': {
        const name = argv[++i];
        if (name === 'all') settings.parsers = Object.keys(PARSERS);
        else if (name in PARSERS) settings.parsers = [name];
        else fail(`unknown parser '${name}'`);
        break;
      }
      case '--runs': case '--warmup': case '--warmup-ms': {
        const n = Number(argv[++i]);
        if (!Number.isInteger(n) || n < (arg === '--runs' ? 1 : 0)) fail(`${arg} needs a count`);
        if (arg === '--runs') settings.runs = n;
        else if (arg === '--warmup') settings.warmup = n;
        else settings.warmupMs = n;
        break;
      }
      default:
        if (arg.startsWith('--')) fail(`unknown option '${arg}'`);
        // Like sharpack-bench: .cjs is a script, anything else a module, unless --script/--module came first.
        settings.files.push({ file: arg, goal: goal ?? (arg.endsWith('.cjs') ? 'script' : 'module') });
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

function measure(parse, source, goal, settings) {
  parse(source, goal); // the first warm-up run; throws if the file does not parse
  const warmupStart = performance.now();
  for (let i = 1; i < settings.warmup || performance.now() - warmupStart < settings.warmupMs; i++)
    parse(source, goal);

  const times = new Array(settings.runs);
  let sink = null;
  for (let i = 0; i < settings.runs; i++) {
    const started = performance.now();
    sink = parse(source, goal);
    times[i] = performance.now() - started;
  }
  if (sink === null) throw new Error('unreachable');
  return { medianMs: median(times), minMs: Math.min(...times) };
}

function formatHeader() {
  return `${'parser'.padEnd(10)} ${'scopes'.padEnd(6)} ${'goal'.padEnd(6)} ${'file'.padEnd(24)} ` +
    `${'size MB'.padStart(8)} ${'median ms'.padStart(10)} ${'min ms'.padStart(9)} ${'MB/s'.padStart(8)} ${'alloc MB/parse'.padStart(15)}`;
}

function formatRow(m) {
  return `${m.parser.padEnd(10)} ${'-'.padEnd(6)} ${m.goal.padEnd(6)} ${basename(m.file).padEnd(24)} ` +
    `${(m.bytes / 1e6).toFixed(2).padStart(8)} ${m.medianMs.toFixed(2).padStart(10)} ${m.minMs.toFixed(2).padStart(9)} ` +
    `${m.mbPerS.toFixed(1).padStart(8)} ${'-'.padStart(15)}`;
}

const settings = parseArguments(process.argv.slice(2));
if (!settings.json) console.log(formatHeader());
for (const name of settings.parsers) {
  for (const { file, goal } of settings.files) {
    const source = readFileSync(file, 'utf8');
    const bytes = statSync(file).size;
    let timing;
    try {
      timing = measure(PARSERS[name], source, goal, settings);
    } catch (error) {
      console.error(`peers.mjs: ${name}: ${file}: ${error.message}`);
      if (settings.json) console.log(JSON.stringify({ parser: name, scopes: null, file, goal, bytes, error: error.message }));
      process.exitCode = 1;
      continue;
    }
    const { medianMs, minMs } = timing;
    const m = {
      parser: name, scopes: null, file, goal, bytes, runs: settings.runs,
      medianMs: +medianMs.toFixed(3), minMs: +minMs.toFixed(3),
      mbPerS: +(bytes / 1e6 / (medianMs / 1e3)).toFixed(2), allocBytes: -1,
    };
    console.log(settings.json ? JSON.stringify(m) : formatRow(m));
  }
}
