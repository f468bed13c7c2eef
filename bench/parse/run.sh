#!/usr/bin/env bash
# Parse throughput of Sharpack against acorn and meriyah, measured in the same run.
#
#   bench/parse/run.sh [--runs N] [--warmup N] [--rounds N]
#
# Installs the pinned peers and inputs (npm ci) if they are missing, builds sharpack-bench in
# Release, then parses each input with Sharpack (with and without scope analysis), acorn and
# meriyah, each in its own process, and prints a markdown table of median MB/s. The ratios compare
# Sharpack with scope analysis on (the work a bundler needs; acorn also checks redeclarations).
# The machines drift by tens of percent within a minute, so the four contenders take turns: each
# of --rounds rounds (default 3) runs all four, in a rotated order, and a figure is the median of
# the rounds' medians (each over --runs timed parses, default 10).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
runs=10
warmup=5
rounds=3
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    -h|--help) sed -n '2,12p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "run.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
if (( runs < 5 || rounds < 1 )); then echo "run.sh: use at least 5 runs and 1 round" >&2; exit 2; fi

cd "$here"
if [[ ! -f node_modules/acorn/package.json || ! -f node_modules/meriyah/package.json \
   || ! -f node_modules/typescript/lib/typescript.js || ! -f node_modules/three/build/three.module.js ]]; then
  echo "run.sh: installing peers and inputs (npm ci)" >&2
  npm ci --no-audit --no-fund --loglevel=error >&2
fi

echo "run.sh: building sharpack-bench (Release)" >&2
dotnet build "$root/bench/Sharpack.Bench/Sharpack.Bench.csproj" -c Release -nologo -v quiet >&2

# Goal per file: typescript.js is a script, three.js's builds are modules.
inputs=(--script node_modules/typescript/lib/typescript.js
        --module node_modules/three/build/three.module.js node_modules/three/build/three.core.js)
common=(--runs "$runs" --warmup "$warmup" --json)
# Every measurement (one JSON line per contender, file and round) is kept for a later look.
mkdir -p "$root/.artifacts/bench"
results="$root/.artifacts/bench/parse-$(date -u +%Y%m%dT%H%M%SZ).jsonl"

sharpack() {
  # The same gen0 budget as the ./sharpack launcher gives the CLI (see there).
  DOTNET_GCgen0size="${DOTNET_GCgen0size:-0x8000000}" \
    dotnet run -c Release --no-build --project "$root/bench/Sharpack.Bench" -- parse "$@"
}
contender() {
  case "$1" in
    sharpack) sharpack "${common[@]}" "${inputs[@]}" ;;
    sharpack-no-scopes) sharpack "${common[@]}" --no-scopes "${inputs[@]}" ;;
    acorn|meriyah) node peers.mjs --parser "$1" "${common[@]}" "${inputs[@]}" ;;
  esac
}
contenders=(sharpack sharpack-no-scopes acorn meriyah)
for (( round = 0; round < rounds; round++ )); do
  for (( i = 0; i < ${#contenders[@]}; i++ )); do
    name="${contenders[(i + round) % ${#contenders[@]}]}"
    echo "run.sh: round $((round + 1))/$rounds: $name" >&2
    # A file that does not parse shows as "error" in the table; the other files still count.
    contender "$name" >>"$results" || echo "run.sh: $name failed on some input (see above)" >&2
  done
done

# One row per file: medians in MB/s over the rounds, ratios from Sharpack with scope analysis.
node - "$results" "$runs" "$rounds" <<'JS'
const [results, runs, rounds] = process.argv.slice(2);
const { readFileSync } = require('node:fs');
const { basename } = require('node:path');
const rows = readFileSync(results, 'utf8').split('\n').filter(line => line.startsWith('{')).map(JSON.parse);
const key = r => r.parser === 'sharpack' ? (r.scopes ? 'sharpack' : 'sharpack-no-scopes') : r.parser;
const median = values => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const files = [...new Set(rows.map(r => r.file))];
// undefined: the contender did not run (TODO); NaN: it ran and the file did not parse (error).
const cell = v => v === undefined ? 'TODO' : Number.isNaN(v) ? 'error' : v.toFixed(1);
const ratio = (a, b) => a === undefined || b === undefined ? 'TODO'
  : Number.isNaN(a) || Number.isNaN(b) ? '–' : `${(a / b).toFixed(2)}×`;
console.log('| file | goal | size | Sharpack MB/s | Sharpack MB/s (no scopes) | acorn MB/s | meriyah MB/s | Sharpack/acorn | Sharpack/meriyah |');
console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|');
for (const file of files) {
  const mine = rows.filter(r => r.file === file);
  const mbPerS = {};
  for (const name of new Set(mine.map(key))) {
    const measured = mine.filter(r => key(r) === name && r.error === undefined);
    mbPerS[name] = measured.length > 0 ? median(measured.map(r => r.mbPerS)) : NaN;
  }
  const { goal, bytes } = mine[0];
  console.log(`| ${basename(file)} | ${goal} | ${(bytes / 1e6).toFixed(2)} MB | ${cell(mbPerS.sharpack)} | ` +
    `${cell(mbPerS['sharpack-no-scopes'])} | ${cell(mbPerS.acorn)} | ${cell(mbPerS.meriyah)} | ` +
    `${ratio(mbPerS.sharpack, mbPerS.acorn)} | ${ratio(mbPerS.sharpack, mbPerS.meriyah)} |`);
}
console.log(`\nMB/s: median over ${rounds} round(s) of the median of ${runs} timed parses after warm-up; ` +
  'MB = 10^6 bytes of the file; ratios use Sharpack with scope analysis.');
JS
cpu="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
mem="$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)"
echo "Raw measurements: ${results#"$root/"}" >&2
echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores ($cpu), $mem; node $(node --version), .NET $(dotnet --version)."
