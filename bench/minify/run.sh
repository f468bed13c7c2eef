#!/usr/bin/env bash
# Minification benchmark: `sharpack minify` against terser, esbuild, @swc/core and oxc-minify on
# the twelve library files of privatenumber/minification-benchmarks (pinned in package.json).
# Each minifier compresses and mangles (no top-level mangling) each file, timed two ways:
#   process  wall time of a whole process that loads the minifier and minifies the file once
#            (`sharpack minify` for Sharpack, `node minify.mjs NAME` for the others), median of
#            --runs runs (default 3); the minifiers take turns, starting one further each run;
#   call     the minify call alone, in one process: the median of --runs calls made back to back
#            (`sharpack minify --time --repeat N`; minify.mjs --runs N), the first one included
#            (with --runs 1 the figure is a first call: V8 has not compiled the JS minifiers' hot
#            code yet). A slow pair gets fewer calls, so that it spends about --budget seconds
#            (default 30): N = min(runs, budget / its median process time), at least 1 (terser on
#            typescript.js: 1; on a 2-core machine --runs 3 takes about 8 minutes).
# Every output is then measured (bytes, gzip -9 bytes with node's zlib) and checked (check.mjs:
# loaded in node:vm with a fake browser global, its exports and a few calls compared with the
# original's); an output that fails is marked ✗ in the table, not left out.
#
#   bench/minify/run.sh                              everything, --runs 3
#   bench/minify/run.sh --runs 1                     one pass (about 3 minutes on 2 cores)
#   bench/minify/run.sh --lib lodash --lib three --minifiers sharpack,esbuild --runs 5
#   bench/minify/run.sh --sharpack /tmp/sharpack-abc123   the Sharpack of another checkout (its
#                                                    ./sharpack launcher publishes it there)
#
# Minifiers: sharpack, terser, esbuild, swc (@swc/core), oxc (oxc-minify). Libraries: react moment
# jquery vue lodash d3 terser three victory echarts antd typescript. The libraries and minifiers are
# installed from package-lock.json into bench/minify/node_modules (git-ignored) when missing. Every
# measurement is kept in .artifacts/bench/minify-DATE.tsv, the outputs in .artifacts/bench/minify-out/,
# logs in .artifacts/bench/minify-logs/DATE/.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"

all_libs=(react moment jquery vue lodash d3 terser three victory echarts antd typescript)
declare -A FILE=(
  [react]=react/umd/react.development.js
  [moment]=moment/moment.js
  [jquery]=jquery/dist/jquery.js
  [vue]=vue/dist/vue.js
  [lodash]=lodash/lodash.js
  [d3]=d3/dist/d3.js
  [terser]=lib-terser/dist/bundle.min.js # terser 5.30.3, installed as lib-terser (the minifier is terser)
  [three]=three/build/three.js
  [victory]=victory/dist/victory.js
  [echarts]=echarts/dist/echarts.js
  [antd]=antd/dist/antd.js
  [typescript]=typescript/lib/typescript.js
)
all_minifiers=(sharpack terser esbuild swc oxc)

runs=3
budget=30
sel_libs=()
minifiers=("${all_minifiers[@]}")
sharpack_root="$root"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) runs="$2"; shift ;;
    --budget) budget="$2"; shift ;;
    --lib) sel_libs+=("$2"); shift ;;
    --minifiers) IFS=, read -r -a minifiers <<<"$2"; shift ;;
    --sharpack) sharpack_root="$(cd "$2" && pwd)"; shift ;;
    -h|--help) sed -n '2,28p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done
[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: --runs N, N at least 1" >&2; exit 2; }
[[ ${#sel_libs[@]} -gt 0 ]] || sel_libs=("${all_libs[@]}")
for l in "${sel_libs[@]}"; do
  [[ -n ${FILE[$l]:-} ]] || { echo "run.sh: unknown library $l (${all_libs[*]})" >&2; exit 2; }
done
for m in "${minifiers[@]}"; do
  [[ " ${all_minifiers[*]} " == *" $m "* ]] || { echo "run.sh: unknown minifier $m (${all_minifiers[*]})" >&2; exit 2; }
done

# --- prerequisites ------------------------------------------------------------------------
if [[ ! -x /usr/bin/time ]]; then
  echo "run.sh: installing GNU time (/usr/bin/time)" >&2
  if [[ $(id -u) -eq 0 ]]; then apt-get update -qq && apt-get install -y -qq time >/dev/null
  else sudo apt-get update -qq && sudo apt-get install -y -qq time >/dev/null; fi
fi
missing=0
for p in terser esbuild @swc/core oxc-minify; do [[ -f "$here/node_modules/$p/package.json" ]] || missing=1; done
for l in "${all_libs[@]}"; do [[ -f "$here/node_modules/${FILE[$l]}" ]] || missing=1; done
if [[ $missing -eq 1 ]]; then
  echo "run.sh: npm ci in bench/minify" >&2
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi

# Publish the Sharpack CLI now if its sources changed (the launcher's full build: the native
# executable), then run that executable directly: the launcher's own work (bash, a find over src/
# to see whether to rebuild) costs about 0.1 s a call, more than a whole esbuild process on the
# small files, and a source edit during the benchmark would otherwise rebuild inside a timed run.
# The environment is the launcher's.
if [[ " ${minifiers[*]} " == *" sharpack "* ]]; then
  SHARPACK_BUILD=full "$sharpack_root/sharpack" minify --help >/dev/null
  sharpack_exe="$sharpack_root/.artifacts/cli/sharpack"
  [[ -x $sharpack_exe ]] || { echo "run.sh: no Sharpack executable at $sharpack_exe" >&2; exit 1; }
  export DOTNET_GCgen0size="${DOTNET_GCgen0size:-0x8000000}" DOTNET_EnableWriteXorExecute="${DOTNET_EnableWriteXorExecute:-0}"
fi

stamp="$(date -u +%Y%m%d-%H%M%S)"
art="$root/.artifacts/bench"
logs="$art/minify-logs/$stamp"
out="$art/minify-out"
tsv="$art/minify-$stamp.tsv"
mkdir -p "$logs" "$out"
printf 'lib\tminifier\tmeasure\trun\tstatus\tms\tkib\tcall_ms\tbytes\tgzip\tdetail\n' >"$tsv"

# minify_cmd MINIFIER INPUT OUTPUT CALLS: sets CMD to a process that minifies INPUT into OUTPUT,
# making the call CALLS times and printing the call's median time.
minify_cmd() {
  local m="$1" in="$2" o="$3" calls="$4"
  case "$m" in
    sharpack) CMD=("$sharpack_exe" minify --script "$in" -o "$o" --time --repeat "$calls") ;;
    *) CMD=(node "$here/minify.mjs" "$m" "$in" "$o" --runs "$calls" --budget "$budget") ;;
  esac
}
# call_ms MINIFIER LOG: the median call time a run printed (sharpack on stderr, minify.mjs on stdout).
call_ms() {
  case "$1" in
    sharpack) awk '$1 == "time" {print $NF}' "$2" | tail -1 ;;
    *) sed -n 's/.*"median":\([0-9.]*\).*/\1/p' "$2" | tail -1 ;;
  esac
}
median() { tr ' ' '\n' | awk 'NF' | sort -g | awk '{a[NR]=$1} END {if (NR == 0) exit; if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

declare -A P C N S B G D # key "lib|minifier": process ms (space-separated), call ms, calls made,
                         # status (ok, fail = did not minify, wrong/error = check failed), bytes,
                         # gzip bytes, check detail
declare -A OB OG         # original bytes and gzip bytes per library
n=${#minifiers[@]}
for l in "${sel_libs[@]}"; do
  src="$here/node_modules/${FILE[$l]}"
  # whole processes, the minifiers taking turns
  for ((r = 0; r < runs; r++)); do
    for ((i = 0; i < n; i++)); do
      m=${minifiers[$(((i + r) % n))]}
      key="$l|$m"
      [[ ${S[$key]:-ok} == fail ]] && continue
      o="$out/$l-$m.js"
      log="$logs/$l-$m-process-$r.log"
      rm -f "$o"
      minify_cmd "$m" "$src" "$o" 1
      started=$(date +%s%N)
      if /usr/bin/time -o "$log.time" -f "%M" "${CMD[@]}" >"$log" 2>&1 && [[ -s $o ]]; then
        ms=$(( ($(date +%s%N) - started) / 1000000 ))
        kib=$(tail -1 "$log.time")
        cms=$(call_ms "$m" "$log")
        P[$key]="${P[$key]:-} $ms"
        printf '%s\t%s\tprocess\t%d\tok\t%s\t%s\t%s\t\t\t\n' "$l" "$m" "$r" "$ms" "$kib" "$cms" >>"$tsv"
        echo "run.sh: $l $m run $((r + 1)): process ${ms} ms (its call ${cms} ms), $((kib / 1024)) MiB" >&2
      else
        S[$key]=fail
        printf '%s\t%s\tprocess\t%d\tfailed\t\t\t\t\t\t%s\n' "$l" "$m" "$r" "$({ grep -v '^\s*$' "$log" || true; } | head -1 | tr '\t' ' ')" >>"$tsv"
        echo "run.sh: $l $m: MINIFY FAILED, first lines of $log:" >&2
        { grep -v '^\s*$' "$log" || true; } | head -8 | sed 's/^/    /' >&2
      fi
    done
  done
  # the call alone, repeated in one process
  for m in "${minifiers[@]}"; do
    key="$l|$m"
    [[ ${S[$key]:-ok} == fail ]] && continue
    pms="$(echo "${P[$key]}" | median)"
    calls=$(awk -v r="$runs" -v b="$budget" -v p="$pms" 'BEGIN {n = int(b * 1000 / p); if (n > r) n = r; if (n < 1) n = 1; print n}')
    log="$logs/$l-$m-call.log"
    minify_cmd "$m" "$src" "$out/$l-$m.call.js" "$calls"
    if "${CMD[@]}" >"$log" 2>&1 && [[ -n $(call_ms "$m" "$log") ]]; then
      C[$key]=$(call_ms "$m" "$log")
      # minify.mjs may have stopped early at the budget: count the calls it made
      [[ $m == sharpack ]] || calls=$(sed -n 's/.*"ms":\[\([^]]*\)\].*/\1/p' "$log" | awk -F, '{print NF}')
      N[$key]=$calls
      printf '%s\t%s\tcall\t\tok\t%s\t\t\t\t\t%s calls\n' "$l" "$m" "${C[$key]}" "$calls" >>"$tsv"
      echo "run.sh: $l $m: call ${C[$key]} ms (median of $calls)" >&2
    else
      printf '%s\t%s\tcall\t\tfailed\t\t\t\t\t\t\n' "$l" "$m" >>"$tsv"
      echo "run.sh: $l $m: timed calls failed, see $log" >&2
    fi
    rm -f "$out/$l-$m.call.js"
  done
  # sizes and behaviour check of the last process run's outputs
  args=()
  for m in "${minifiers[@]}"; do [[ ${S[$l|$m]:-ok} == fail ]] || args+=("$m=$out/$l-$m.js"); done
  chk="$logs/$l-check.jsonl"
  node "$here/check.mjs" "$l" "$src" "${args[@]}" >"$chk" 2>"$logs/$l-check.err" || true
  while IFS=$'\t' read -r label bytes gzip status detail; do
    if [[ $label == original ]]; then
      OB[$l]=$bytes; OG[$l]=$gzip
      [[ $status == ok ]] || echo "run.sh: $l: THE ORIGINAL FAILS TO LOAD, no check: $detail" >&2
      printf '%s\toriginal\tcheck\t\t%s\t\t\t\t%s\t%s\t%s\n' "$l" "$status" "$bytes" "$gzip" "$detail" >>"$tsv"
      continue
    fi
    key="$l|$label"
    S[$key]=$status; B[$key]=$bytes; G[$key]=$gzip; D[$key]=$detail
    printf '%s\t%s\tcheck\t\t%s\t\t\t\t%s\t%s\t%s\n' "$l" "$label" "$status" "$bytes" "$gzip" "$detail" >>"$tsv"
    if [[ $status == ok ]]; then echo "run.sh: $l $label: $bytes bytes, gzip $gzip, check ok" >&2
    else echo "run.sh: $l $label: $bytes bytes, gzip $gzip, CHECK FAILED ($status): $detail" >&2; fi
  done < <(node -e '
    for (const line of require("fs").readFileSync(0, "utf8").split("\n").filter(Boolean)) {
      const r = JSON.parse(line);
      console.log([r.label, r.bytes, r.gzip, r.status, r.detail.replace(/[\t\n]/g, " ")].join("\t"));
    }' <"$chk")
  for m in "${minifiers[@]}"; do
    [[ ${S[$l|$m]:-ok} == fail || -n ${B[$l|$m]:-} ]] && continue
    S[$l|$m]=error; D[$l|$m]="check.mjs gave no result (see $logs/$l-check.err)"
    echo "run.sh: $l $m: check.mjs gave no result, see $logs/$l-check.err" >&2
  done
done

# --- tables -------------------------------------------------------------------------------
kb() { awk -v b="$1" 'BEGIN {printf "%.1f kB", b / 1000}'; }
msfmt() { awk -v t="$1" 'BEGIN {if (t >= 100) printf "%d ms", t + 0.5; else printf "%.1f ms", t}'; }
sfmt() { awk -v t="$1" 'BEGIN {printf "%.2f s", t / 1000}'; }
ver() { node -p "require('$here/node_modules/$1/package.json').version"; }
declare -A label=([sharpack]=Sharpack [terser]="terser $(ver terser)" [esbuild]="esbuild $(ver esbuild)"
  [swc]="@swc/core $(ver @swc/core)" [oxc]="oxc-minify $(ver oxc-minify)")
commit="$(git -C "$sharpack_root" rev-parse --short HEAD 2>/dev/null || echo "$sharpack_root")"
[[ -n $(git -C "$sharpack_root" status --porcelain -- src 2>/dev/null) ]] && commit+=" with uncommitted changes in src/"

echo
echo "$(date -u +%Y-%m-%d), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), node $(node --version), Sharpack at $commit, $runs runs, call budget $budget s"
echo
echo "Each cell: output size, gzip -9 size, whole process (median of $runs), minify call alone (median of"
echo "up to $runs calls in one process; fewer for slow pairs, see the .tsv). ✗: the output fails its check."
echo
hdr="| library | original |"; sep="|---|---:|"
for m in "${minifiers[@]}"; do hdr+=" ${label[$m]} |"; sep+="---:|"; done
echo "$hdr"; echo "$sep"
declare -A TB TG TP TC BAD INCOMPLETE
for l in "${sel_libs[@]}"; do
  line="| $l | $(kb "${OB[$l]:-0}"), gz $(kb "${OG[$l]:-0}") |"
  for m in "${minifiers[@]}"; do
    key="$l|$m"
    if [[ ${S[$key]:-} == fail ]]; then line+=" fails |"; INCOMPLETE[$m]=1; continue; fi
    p="$(echo "${P[$key]:-}" | median)"; c="${C[$key]:-}"
    cell="$(kb "${B[$key]:-0}"), gz $(kb "${G[$key]:-0}"), $(sfmt "$p"), "
    if [[ -n $c ]]; then cell+="$(msfmt "$c")"; else cell+="-"; INCOMPLETE[$m]=1; fi
    if [[ ${S[$key]} != ok ]]; then cell+=" ✗"; BAD[$m]=$(( ${BAD[$m]:-0} + 1 )); fi
    line+=" $cell |"
    TB[$m]=$(( ${TB[$m]:-0} + ${B[$key]:-0} )); TG[$m]=$(( ${TG[$m]:-0} + ${G[$key]:-0} ))
    TP[$m]=$(awk -v a="${TP[$m]:-0}" -v b="$p" 'BEGIN {print a + b}')
    TC[$m]=$(awk -v a="${TC[$m]:-0}" -v b="${c:-0}" 'BEGIN {print a + b}')
  done
  echo "$line"
done
ob=0; og=0; for l in "${sel_libs[@]}"; do ob=$((ob + ${OB[$l]:-0})); og=$((og + ${OG[$l]:-0})); done
line="| **total** | $(kb "$ob"), gz $(kb "$og") |"
for m in "${minifiers[@]}"; do
  cell="$(kb "${TB[$m]:-0}"), gz **$(kb "${TG[$m]:-0}")**, $(sfmt "${TP[$m]:-0}"), **$(msfmt "${TC[$m]:-0}")**"
  [[ -n ${BAD[$m]:-} ]] && cell+=" (${BAD[$m]} ✗)"
  [[ -n ${INCOMPLETE[$m]:-} ]] && cell+=" (incomplete)"
  line+=" $cell |"
done
echo "$line"

if [[ " ${minifiers[*]} " == *" sharpack "* && $n -gt 1 ]]; then
  echo
  echo "Sharpack against each peer on the totals: the peer's figure over Sharpack's (above 1: Sharpack's"
  echo "output is smaller, or Sharpack is faster); in parentheses when an output of the pair fails its check."
  echo
  echo "| peer | gzip size | minify call | whole process | checks failed (peer / Sharpack) |"
  echo "|---|---:|---:|---:|---:|"
  for m in "${minifiers[@]}"; do
    [[ $m == sharpack ]] && continue
    if [[ -n ${INCOMPLETE[$m]:-} || -n ${INCOMPLETE[sharpack]:-} ]]; then
      echo "| ${label[$m]} | - | - | - | ${BAD[$m]:-0} / ${BAD[sharpack]:-0} |"; continue
    fi
    ratio() { awk -v p="$1" -v s="$2" 'BEGIN {if (s > 0) printf "%.3f×", p / s; else print "-"}'; }
    g="$(ratio "${TG[$m]}" "${TG[sharpack]}")"; c="$(ratio "${TC[$m]}" "${TC[sharpack]}")"; p="$(ratio "${TP[$m]}" "${TP[sharpack]}")"
    if [[ -n ${BAD[$m]:-} || -n ${BAD[sharpack]:-} ]]; then g="($g)"; c="($c)"; p="($p)"; fi
    echo "| ${label[$m]} | $g | $c | $p | ${BAD[$m]:-0} / ${BAD[sharpack]:-0} |"
  done
fi

failed=0
for l in "${sel_libs[@]}"; do
  for m in "${minifiers[@]}"; do
    case "${S[$l|$m]:-}" in
      ok) ;;
      fail) [[ $failed -eq 0 ]] && echo; failed=1; echo "- $l, ${label[$m]}: did not minify (see $logs/$l-$m-process-*.log)" ;;
      *) [[ $failed -eq 0 ]] && echo; failed=1; echo "- $l, ${label[$m]}: ✗ check $(echo "${S[$l|$m]}"): ${D[$l|$m]}" ;;
    esac
  done
done
echo
echo "Measurements: $tsv; outputs: $out; logs: $logs"
