#!/usr/bin/env bash
# TypeScript/JSX transform throughput of Sharpack against esbuild, @swc/core, Babel and tsc's
# transpileModule, measured in the same run.
#
#   bench/transform/run.sh [--rounds N] [--runs N] [--budget S] [--modules N] [--target esYYYY] [--contenders a,b,...] [--no-check]
#
# Installs the pinned peers and the rxjs/zod sources (npm ci) if they are missing, generates the
# synthetic app (generate.mjs, --modules N, default 10,000) into bench/transform/.corpus/app if it is
# missing or of another size, builds sharpack-bench in Release, then transforms both corpora with each
# contender, each in its own process, and prints a markdown table of MB/s. The machines drift by tens
# of percent within a minute, so the contenders take turns: each of --rounds rounds (default 3) runs
# them all in a rotated order, and a figure is the median of the rounds' medians (each over --runs
# timed passes over the whole corpus, default 5, fewer for a pass slower than --budget/5 s). Then
# Sharpack's output of every file is checked to parse as JavaScript (check.mjs; --no-check skips it).
# --target es2017 (for example) makes every tool lower the syntax that edition lacks (Babel, with no
# preset-env here, does not lower: leave it out of such a run).
# Contenders: sharpack sharpack-parallel esbuild swc babel tsc esbuild-async swc-async.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
runs=5
rounds=3
budget=30
modules=10000
check=1
target=es2022
contenders=(sharpack sharpack-parallel esbuild swc babel tsc esbuild-async swc-async)
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --budget) budget="$2"; shift 2 ;;
    --modules) modules="$2"; shift 2 ;;
    --target) target="$2"; shift 2 ;;
    --contenders) IFS=, read -r -a contenders <<<"$2"; shift 2 ;;
    --no-check) check=0; shift ;;
    -h|--help) sed -n '2,15p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "run.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
if (( runs < 3 || rounds < 1 )); then echo "run.sh: use at least 3 runs and 1 round" >&2; exit 2; fi
for name in "${contenders[@]}"; do
  case "$name" in
    sharpack|sharpack-parallel|esbuild|swc|babel|tsc|esbuild-async|swc-async) ;;
    *) echo "run.sh: unknown contender '$name'" >&2; exit 2 ;;
  esac
done

cd "$here"
if [[ ! -f node_modules/esbuild/package.json || ! -f node_modules/@swc/core/package.json \
   || ! -f node_modules/@babel/core/package.json || ! -f node_modules/@babel/preset-typescript/package.json \
   || ! -f node_modules/@babel/preset-react/package.json || ! -f node_modules/typescript/lib/typescript.js \
   || ! -d node_modules/rxjs/src || ! -d node_modules/zod/src ]]; then
  echo "run.sh: installing peers and the rxjs/zod sources (npm ci)" >&2
  npm ci --no-audit --no-fund --loglevel=error >&2
fi
if ! node -e 'const c = require(process.argv[1]); process.exit(c.modules === +process.argv[2] && c.seed === 1 ? 0 : 1)' \
    "$here/.corpus/app/corpus.json" "$modules" 2>/dev/null; then
  echo "run.sh: generating the synthetic app ($modules modules)" >&2
  node generate.mjs .corpus/app "$modules" >&2
fi

echo "run.sh: building sharpack-bench (Release)" >&2
dotnet build "$root/bench/Sharpack.Bench/Sharpack.Bench.csproj" -c Release -nologo -v quiet >&2

# The real sources (every .ts of rxjs's and zod's src/, tests included) and the generated app.
inputs=(--corpus rxjs+zod node_modules/rxjs/src node_modules/zod/src --corpus app .corpus/app)
common=(--runs "$runs" --budget "$budget" --target "$target" --json)
# Every measurement (one JSON line per contender, corpus and round) is kept for a later look.
mkdir -p "$root/.artifacts/bench"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
results="$root/.artifacts/bench/transform-$target-$stamp.jsonl"

sharpack() {
  # The same gen0 budget as the ./sharpack launcher gives the CLI (see there).
  DOTNET_GCgen0size="${DOTNET_GCgen0size:-0x8000000}" \
    dotnet run -c Release --no-build --project "$root/bench/Sharpack.Bench" -- transform "$@"
}
contender() {
  case "$1" in
    sharpack) sharpack "${common[@]}" "${inputs[@]}" ;;
    sharpack-parallel) sharpack "${common[@]}" --parallel "${inputs[@]}" ;;
    *) node peers.mjs --tool "$1" "${common[@]}" "${inputs[@]}" ;;
  esac
}
for (( round = 0; round < rounds; round++ )); do
  for (( i = 0; i < ${#contenders[@]}; i++ )); do
    name="${contenders[(i + round) % ${#contenders[@]}]}"
    echo "run.sh: round $((round + 1))/$rounds: $name" >&2
    # A file a contender fails on is counted in the table's "failed" column; the others still count.
    contender "$name" >>"$results" || echo "run.sh: $name failed on some input (see above)" >&2
  done
done

# Sharpack's output of every file, checked to parse as an ES module (esbuild and V8). Not timed.
checked=""
if (( check )); then
  out="$root/.artifacts/bench/transform-out"
  echo "run.sh: checking Sharpack's output (${out#"$root/"})" >&2
  sharpack --runs 1 --warmup 1 --warmup-ms 0 --target "$target" --out "$out" "${inputs[@]}" >/dev/null || true
  checked="$(node --experimental-vm-modules --no-warnings check.mjs "$out" | tee "$root/.artifacts/bench/transform-check-$stamp.txt")" || true
fi

# One row per corpus and contender: medians in MB/s over the rounds, ratios from Sharpack.
node - "$results" "$rounds" "$here" <<'JS'
const [results, rounds, here] = process.argv.slice(2);
const { readFileSync } = require('node:fs');
const rows = readFileSync(results, 'utf8').split('\n').filter(line => line.startsWith('{')).map(JSON.parse);
const version = name => JSON.parse(readFileSync(`${here}/node_modules/${name}/package.json`, 'utf8')).version;
const key = r => r.tool + (r.mode === 'single' ? '' : r.mode === 'parallel' ? '-parallel' : '-async');
const LABEL = {
  sharpack: ['Sharpack', '1'],
  'sharpack-parallel': ['Sharpack (all cores, Parallel.ForEach)', 'all'],
  esbuild: [`esbuild ${version('esbuild')} transformSync`, '1 + service'],
  swc: [`@swc/core ${version('@swc/core')} transformSync`, '1'],
  babel: [`@babel/core ${version('@babel/core')} transformSync`, '1'],
  tsc: [`typescript ${version('typescript')} transpileModule`, '1'],
  'esbuild-async': [`esbuild ${version('esbuild')} transform, Promise.all`, 'all'],
  'swc-async': [`@swc/core ${version('@swc/core')} transform, Promise.all`, 'all (libuv pool)'],
};
const ORDER = Object.keys(LABEL);
const median = values => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ratio = (a, b) => a === undefined || b === undefined ? '–' : `${(a / b).toFixed(2)}×`;
console.log('| corpus | contender | threads | MB/s | pass | Sharpack (1 thread) ÷ it | Sharpack (all cores) ÷ it | failed files |');
console.log('|---|---|---|---:|---:|---:|---:|---:|');
for (const corpus of [...new Set(rows.map(r => r.corpus))]) {
  const mine = rows.filter(r => r.corpus === corpus);
  const figure = {};
  for (const name of new Set(mine.map(key))) {
    const measured = mine.filter(r => key(r) === name);
    figure[name] = {
      mbPerS: median(measured.map(r => r.mbPerS)),
      ms: median(measured.map(r => r.medianMs)),
      failed: Math.max(...measured.map(r => r.failures)),
    };
  }
  const { files, bytes } = mine[0];
  const title = `${corpus} (${files.toLocaleString('en-US')} files, ${(bytes / 1e6).toFixed(2)} MB)`;
  for (const name of ORDER.filter(n => figure[n])) {
    const f = figure[name];
    const pass = f.ms >= 1000 ? `${(f.ms / 1000).toFixed(2)} s` : `${f.ms.toFixed(0)} ms`;
    const [label, threads] = LABEL[name];
    console.log(`| ${title} | ${label} | ${threads} | ${f.mbPerS.toFixed(1)} | ${pass} | ` +
      `${name === 'sharpack' ? '' : ratio(figure.sharpack?.mbPerS, f.mbPerS)} | ` +
      `${name === 'sharpack-parallel' ? '' : ratio(figure['sharpack-parallel']?.mbPerS, f.mbPerS)} | ${f.failed} |`);
  }
}
console.log(`\nMB/s: median over ${rounds} round(s) of the median pass (every file of the corpus, one after the ` +
  'other; the "all cores" rows all at once) after warm-up; MB = 10^6 bytes of the sources on disk. ' +
  'Ratios above 1: Sharpack is faster.');
JS
if [[ -n "$checked" ]]; then echo; echo "$checked"; fi
cpu="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
mem="$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)"
echo "Raw measurements: ${results#"$root/"}" >&2
echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores ($cpu), $mem; load average $(cut -d' ' -f1-3 /proc/loadavg); node $(node --version), .NET $(dotnet --version)."
