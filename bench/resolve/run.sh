#!/usr/bin/env bash
# Resolutions per second of Sharpack.Resolver against enhanced-resolve (node), same run, same
# request list: the differential test's list over tests/fixtures-resolver (bare names, exports
# subpaths, relative imports of 15 packages), each resolved with webpack's web-ESM and
# node-CommonJS options. Cold = first pass on new caches, warm = second pass; each figure is the
# median of --rounds rounds (default 5). Prints a markdown table; raw JSON goes to .artifacts/bench/.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
rounds=5
if [[ "${1:-}" == "--rounds" ]]; then rounds="$2"; fi
"$root/tests/setup.sh"
mkdir -p "$root/.artifacts/bench"
list="$root/.artifacts/bench/resolve-requests.jsonl"
(cd "$root/tests/fixtures-resolver" && node differential.mjs --requests "$list")
dotnet build "$root/bench/Sharpack.Bench" -c Release --nologo -v quiet >/dev/null
ours="$(dotnet "$root/bench/Sharpack.Bench/bin/Release/net10.0/sharpack-bench.dll" resolve --requests "$list" --rounds "$rounds" 2>/dev/null)"
theirs="$(cd "$root/tests/fixtures-resolver" && node differential.mjs --bench --rounds "$rounds")"
stamp="$(date +%Y%m%d-%H%M%S)"
printf '%s\n%s\n' "{\"tool\":\"sharpack\",\"result\":$ours}" "{\"tool\":\"enhanced-resolve\",\"result\":$theirs}" >"$root/.artifacts/bench/resolve-$stamp.jsonl"
node -e '
const [ours, theirs] = process.argv.slice(1).map(JSON.parse);
console.log("| cache | requests | Sharpack res/s | enhanced-resolve res/s | ratio |");
console.log("|---|---:|---:|---:|---:|");
for (const k of ["cold", "warm"]) {
  const a = ours[k + "PerSecond"], b = theirs[k + "PerSecond"];
  console.log(`| ${k} | ${ours.requests} | ${a.toLocaleString("en")} | ${b.toLocaleString("en")} | ${(a / b).toFixed(2)}× |`);
}' "$ours" "$theirs"
