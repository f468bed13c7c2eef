#!/usr/bin/env bash
# CSS minification of Sharpack (Sharpack.Css's CssMinifier) against lightningcss, esbuild and
# cssnano, measured in the same run: output size and speed.
#
#   bench/css-minify/run.sh [--rounds N] [--runs N] [--budget S] [--input NAME]... [--contenders a,b,...] [--no-check]
#
# Installs the pinned peers and inputs (npm ci) if they are missing, generates the Tailwind build
# into bench/css-minify/.corpus/tailwind if it is missing or was made by another tailwindcss or
# generator, builds sharpack-bench in Release, then minifies every input with each contender, each in
# its own process, and prints a markdown table: bytes out (and % of the input) and MB/s per input and
# contender, and Sharpack against each peer. The machines drift by tens of percent within a minute, so
# the contenders take turns: each of --rounds rounds (default 3) runs them all in a rotated order,
# and a figure is the median of the rounds' medians (each over --runs timed calls, default 10, fewer
# but at least 3 when they would take longer than --budget seconds, default 20: cssnano on Tailwind). Then every output is parsed with lightningcss
# (check.mjs): an output must have no parse error its input lacks (--no-check skips it).
# Inputs: bootstrap animate tailwind bulma daisyui. Contenders: sharpack lightningcss esbuild cssnano.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
runs=10
rounds=3
budget=20
check=1
contenders=(sharpack lightningcss esbuild cssnano)
all_inputs=(bootstrap animate tailwind bulma daisyui)
declare -A FILE=(
  [bootstrap]=node_modules/bootstrap/dist/css/bootstrap.css
  [animate]=node_modules/animate.css/animate.css
  [tailwind]=.corpus/tailwind/tailwind.css
  [bulma]=node_modules/bulma/css/bulma.css
  [daisyui]=node_modules/daisyui/daisyui.css
)
selected=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --budget) budget="$2"; shift 2 ;;
    --input) selected+=("$2"); shift 2 ;;
    --contenders) IFS=, read -r -a contenders <<<"$2"; shift 2 ;;
    --no-check) check=0; shift ;;
    -h|--help) sed -n '2,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
if (( runs < 3 || rounds < 1 || budget < 1 )); then echo "run.sh: use at least 3 runs, 1 round and a budget of 1 s" >&2; exit 2; fi
for name in "${contenders[@]}"; do
  case "$name" in
    sharpack|lightningcss|esbuild|cssnano) ;;
    *) echo "run.sh: unknown contender '$name'" >&2; exit 2 ;;
  esac
done
[[ ${#selected[@]} -gt 0 ]] || selected=("${all_inputs[@]}")
for name in "${selected[@]}"; do
  [[ -n ${FILE[$name]:-} ]] || { echo "run.sh: unknown input '$name' (${all_inputs[*]})" >&2; exit 2; }
done

cd "$here"
missing=0
for p in lightningcss esbuild cssnano postcss tailwindcss; do [[ -f node_modules/$p/package.json ]] || missing=1; done
for name in "${all_inputs[@]}"; do [[ $name == tailwind || -f ${FILE[$name]} ]] || missing=1; done
if (( missing )); then
  echo "run.sh: installing peers and inputs (npm ci)" >&2
  npm ci --no-audit --no-fund --loglevel=error >&2
fi
node -e 'require("lightningcss")' || { echo "run.sh: lightningcss's native binding does not load here" >&2; exit 1; }

# Tailwind's full output: no package ships one, so tests/fixtures/generate-tailwind.mjs builds it
# (tailwindcss's own compile(), every utility it lists, a share under variants; 6 MB). A copy of the
# script runs from .corpus/, so that it resolves `tailwindcss` from this folder's node_modules (the
# same version tests/fixtures pins) and tests/fixtures need not be installed.
generator="$root/tests/fixtures/generate-tailwind.mjs"
stamp_want="tailwindcss $(node -p 'require("tailwindcss/package.json").version') $(sha256sum "$generator" | cut -c1-16)"
if [[ ! -f .corpus/tailwind/tailwind.css || "$(cat .corpus/tailwind/stamp 2>/dev/null)" != "$stamp_want" ]]; then
  echo "run.sh: generating the Tailwind build ($stamp_want)" >&2
  mkdir -p .corpus/tailwind
  cp "$generator" .corpus/generate-tailwind.mjs
  node .corpus/generate-tailwind.mjs --out .corpus/tailwind >&2
  echo "$stamp_want" >.corpus/tailwind/stamp
fi

echo "run.sh: building sharpack-bench (Release)" >&2
dotnet build "$root/bench/Sharpack.Bench/Sharpack.Bench.csproj" -c Release -nologo -v quiet >&2

inputs=()
for name in "${selected[@]}"; do inputs+=("${FILE[$name]}"); done
mkdir -p "$root/.artifacts/bench"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
results="$root/.artifacts/bench/css-minify-$stamp.jsonl"
out="$root/.artifacts/bench/css-minify-out"
rm -rf "$out"
common=(--runs "$runs" --budget "$budget" --json --out "$out")

sharpack() {
  # The same gen0 budget as the ./sharpack launcher gives the CLI (see there).
  DOTNET_GCgen0size="${DOTNET_GCgen0size:-0x8000000}" \
    dotnet run -c Release --no-build --project "$root/bench/Sharpack.Bench" -- css-minify "$@"
}
contender() {
  case "$1" in
    sharpack) sharpack "${common[@]}" "${inputs[@]}" ;;
    *) node peers.mjs --tool "$1" "${common[@]}" "${inputs[@]}" ;;
  esac
}
for (( round = 0; round < rounds; round++ )); do
  for (( i = 0; i < ${#contenders[@]}; i++ )); do
    name="${contenders[(i + round) % ${#contenders[@]}]}"
    echo "run.sh: round $((round + 1))/$rounds: $name" >&2
    # An input a contender fails on shows as "error" in the table; the others still count.
    contender "$name" >>"$results" || echo "run.sh: $name failed on some input (see above)" >&2
  done
done

# One row per input: medians over the rounds, ratios from Sharpack.
node - "$results" "$rounds" "$runs" "$here" <<'JS'
const [results, rounds, runs, here] = process.argv.slice(2);
const { readFileSync } = require('node:fs');
const rows = readFileSync(results, 'utf8').split('\n').filter(line => line.startsWith('{')).map(JSON.parse);
const version = name => JSON.parse(readFileSync(`${here}/node_modules/${name}/package.json`, 'utf8')).version;
const LABEL = {
  sharpack: 'Sharpack',
  lightningcss: `lightningcss ${version('lightningcss')}`,
  esbuild: `esbuild ${version('esbuild')}`,
  cssnano: `cssnano ${version('cssnano')} (postcss ${version('postcss')})`,
};
const tools = Object.keys(LABEL).filter(t => rows.some(r => r.tool === t));
const peers = tools.filter(t => t !== 'sharpack');
const median = values => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const files = [...new Set(rows.map(r => r.file))];
const figure = {}; // figure[file][tool] = { outBytes, ms, mbPerS, errors } or { error }
for (const file of files) {
  figure[file] = {};
  for (const tool of tools) {
    const measured = rows.filter(r => r.file === file && r.tool === tool);
    if (measured.length === 0) continue;
    const ok = measured.filter(r => r.error === undefined);
    figure[file][tool] = ok.length === 0 ? { error: measured[0].error } : {
      outBytes: ok[ok.length - 1].outBytes, errors: ok[ok.length - 1].errors,
      ms: median(ok.map(r => r.medianMs)), mbPerS: median(ok.map(r => r.mbPerS)),
    };
  }
}
const bytesOf = file => rows.find(r => r.file === file).bytes;
const n = v => v.toLocaleString('en-US');
const pct = (a, b) => `${(100 * a / b).toFixed(1)}%`;
const cell = (f, inBytes) => f === undefined ? '–' : f.error !== undefined ? 'error'
  : `${n(f.outBytes)} (${pct(f.outBytes, inBytes)}), ${f.mbPerS.toFixed(1)} MB/s`;
console.log(`| input | size | ${tools.map(t => LABEL[t]).join(' | ')} |`);
console.log(`|---|---:|${tools.map(() => '---:').join('|')}|`);
const total = {};
for (const file of files) {
  const inBytes = bytesOf(file);
  console.log(`| ${file} | ${n(inBytes)} | ${tools.map(t => cell(figure[file][t], inBytes)).join(' | ')} |`);
  for (const t of tools) {
    const f = figure[file][t];
    const s = (total[t] ??= { outBytes: 0, ms: 0, inBytes: 0, complete: true });
    if (f === undefined || f.error !== undefined) { s.complete = false; continue; }
    s.outBytes += f.outBytes; s.ms += f.ms; s.inBytes += inBytes;
  }
}
const allBytes = files.reduce((sum, f) => sum + bytesOf(f), 0);
console.log(`| **all** | ${n(allBytes)} | ${tools.map(t => {
  const s = total[t];
  return s.complete ? `${n(s.outBytes)} (${pct(s.outBytes, s.inBytes)}), ${(s.inBytes / 1e6 / (s.ms / 1e3)).toFixed(1)} MB/s` : 'incomplete';
}).join(' | ')} |`);

if (tools.includes('sharpack') && peers.length > 0) {
  console.log('\nSharpack against each peer: bytes, Sharpack\'s output over the peer\'s (below 0: Sharpack\'s is smaller); ' +
    'speed, Sharpack\'s MB/s over the peer\'s (above 1: Sharpack is faster).\n');
  console.log(`| input | ${peers.map(t => `vs ${LABEL[t].split(' (')[0]}: bytes | speed`).join(' | ')} |`);
  console.log(`|---|${peers.map(() => '---:|---:').join('|')}|`);
  const row = (label, mine, theirs) => peers.map(t => {
    const a = mine, b = theirs(t);
    if (!a || !b) return '– | –';
    const d = a.outBytes - b.outBytes;
    return `${d > 0 ? '+' : ''}${n(d)} (${d > 0 ? '+' : ''}${(100 * d / b.outBytes).toFixed(2)}%) | ${(a.mbPerS / b.mbPerS).toFixed(2)}×`;
  }).join(' | ');
  for (const file of files) {
    const ok = f => f && f.error === undefined ? f : null;
    console.log(`| ${file} | ${row(file, ok(figure[file].sharpack), t => ok(figure[file][t]))} |`);
  }
  const agg = t => total[t]?.complete ? { outBytes: total[t].outBytes, mbPerS: total[t].inBytes / 1e6 / (total[t].ms / 1e3) } : null;
  console.log(`| **all** | ${row('all', agg('sharpack'), agg)} |`);
}
const warned = [];
for (const file of files) for (const t of tools) {
  const f = figure[file][t];
  if (f?.error !== undefined) warned.push(`${LABEL[t]} failed on ${file}: ${f.error}`);
  else if (f?.errors > 0) warned.push(`${LABEL[t]} on ${file}: ${f.errors} ${t === 'sharpack' ? 'recovered parse errors' : 'warnings'}`);
}
if (warned.length > 0) console.log('\n' + warned.map(w => `- ${w}`).join('\n'));
console.log(`\nMB/s: median over ${rounds} round(s) of the median of up to ${runs} timed calls after warm-up ` +
  '(see the .jsonl for each round\'s count); MB = 10^6 bytes of the input on disk; bytes out: UTF-8 bytes of the output. ' +
  '"all": the sums of the bytes and of the median times.');
JS

status=0
if (( check )); then
  echo
  echo "run.sh: parsing every output with lightningcss (check.mjs)" >&2
  node check.mjs "$out" "${inputs[@]}" | grep -E '^(check:|FAIL)' || status=1
fi
cpu="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
mem="$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)"
commit="$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
[[ -n $(git -C "$root" status --porcelain -- src 2>/dev/null) ]] && commit+=" with uncommitted changes in src/"
echo "Raw measurements: ${results#"$root/"}; outputs: ${out#"$root/"}" >&2
echo
echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores ($cpu), $mem; load average $(cut -d' ' -f1-3 /proc/loadavg); node $(node --version), .NET $(dotnet --version); Sharpack at $commit."
exit $status
