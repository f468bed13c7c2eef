#!/usr/bin/env bash
# Whole-bundle benchmark: Sharpack against esbuild, Rspack and webpack on the corpora of
# ../shared/bench/ (synthetic 1,000 and 10,000 modules, three.js x10), mode development and mode
# production without minification. Each bundler runs as a whole process (its CLI) under
# /usr/bin/time (wall time, peak RSS); a figure is the median of --runs runs (default 3), and the
# bundlers take turns within a run. The last run's bundles are checked: the synthetic ones must
# print the corpus's expected.txt, the three.js x10 ones must pass check-three10.cjs. A second
# table gives the JS files (chunks) each bundler emitted and their total size.
#
#   bench/bundle/run.sh                      everything (webpack at 10,000 modules takes minutes a run)
#   bench/bundle/run.sh --quick              skip webpack on synthetic 10,000
#   bench/bundle/run.sh --corpus synthetic-1000 --corpus three10 --mode production --runs 5
#   bench/bundle/run.sh --splitting          synthetic corpora, every bundler making async chunks:
#                                            esbuild --splitting --format=esm, webpack and Rspack
#                                            with optimization.splitChunks: false (as Sharpack)
#   bench/bundle/run.sh --splitting --split-chunks default   webpack and Rspack keep their splitChunks
#   bench/bundle/run.sh --corpus css-1000    an app of 1,000 components each importing a CSS module
#                                            (webpack and Rspack with experiments.css, esbuild's CSS loaders)
#   bench/bundle/run.sh --minify             mode production with every bundler's minifier on (Sharpack's
#                                            own, webpack's terser, Rspack's SWC, esbuild --minify); the
#                                            output table adds the bundles' gzip size
#
# Corpora are generated into bench/.corpus/ (git-ignored) when missing; the peers are installed
# from package-lock.json into bench/bundle/node_modules (git-ignored) when missing. Every
# measurement is kept in .artifacts/bench/bundle-DATE.tsv, build logs in .artifacts/bench/bundle-logs/.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
shared="$(cd "$root/../shared/bench" && pwd)"
corpora="$root/bench/.corpus"

runs=3
quick=0
sel_corpora=()
sel_modes=()
bundlers=(sharpack esbuild rspack webpack)
splitting=0
split_chunks=false
minify=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --quick) quick=1 ;;
    --runs) runs="$2"; shift ;;
    --corpus) sel_corpora+=("$2"); shift ;;
    --mode) sel_modes+=("$2"); shift ;;
    --bundlers) IFS=, read -r -a bundlers <<<"$2"; shift ;;
    --splitting) splitting=1 ;;
    --split-chunks) split_chunks="$2"; shift ;;
    --minify) minify=1 ;;
    --packages) sel_corpora+=(pkg-react-router pkg-lodash-debounce pkg-three-classes pkg-rxjs-operators)
                [[ ${#sel_modes[@]} -gt 0 ]] || sel_modes=(production) ;;
    -h|--help) sed -n '2,26p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done
if [[ $splitting -eq 1 ]]; then
  # three.js x10 has no import(), and esbuild's ESM output cannot be a `var THREE` library.
  [[ ${#sel_corpora[@]} -gt 0 ]] || sel_corpora=(synthetic-1000 synthetic-10000)
  for c in "${sel_corpora[@]}"; do
    [[ $c == synthetic-* ]] || { echo "run.sh: --splitting runs the synthetic corpora only" >&2; exit 2; }
  done
fi
[[ $split_chunks == false || $split_chunks == default ]] || { echo "run.sh: --split-chunks false|default" >&2; exit 2; }
[[ ${#sel_corpora[@]} -gt 0 ]] || sel_corpora=(synthetic-1000 three10 synthetic-10000)
if [[ $minify -eq 1 ]]; then
  for m in "${sel_modes[@]}"; do
    [[ $m == production ]] || { echo "run.sh: --minify builds mode production only" >&2; exit 2; }
  done
  sel_modes=(production)
fi
[[ ${#sel_modes[@]} -gt 0 ]] || sel_modes=(development production)

# --- prerequisites ------------------------------------------------------------------------
if [[ ! -x /usr/bin/time ]]; then
  echo "run.sh: installing GNU time (/usr/bin/time)" >&2
  if [[ $(id -u) -eq 0 ]]; then apt-get update -qq && apt-get install -y -qq time >/dev/null
  else sudo apt-get update -qq && sudo apt-get install -y -qq time >/dev/null; fi
fi
if [[ ! -x "$here/node_modules/.bin/webpack" || ! -x "$here/node_modules/.bin/rspack" || ! -x "$here/node_modules/.bin/esbuild" || ! -d "$here/node_modules/three" || ! -d "$here/node_modules/react-router" ]]; then
  echo "run.sh: npm ci in bench/bundle" >&2
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi

# corpus_dir CORPUS: where a corpus lives (the package corpora are committed, the others generated).
corpus_dir() {
  case "$1" in pkg-*) echo "$here/packages/${1#pkg-}" ;; *) echo "$corpora/$1" ;; esac
}

mkdir -p "$corpora"
for c in "${sel_corpora[@]}"; do
  dir="$(corpus_dir "$c")"
  if [[ $c == pkg-* ]]; then
    # A package corpus prints what node prints running its entry unbundled.
    [[ -f "$dir/src/index.js" ]] || { echo "run.sh: unknown package corpus $c" >&2; exit 2; }
    node "$dir/src/index.js" >"$dir/expected.txt"
    continue
  fi
  [[ -f "$dir/corpus.json" ]] && continue
  echo "run.sh: generating $c" >&2
  rm -rf "$dir"
  case "$c" in
    synthetic-*) node "$shared/make-synthetic.mjs" "$dir" "${c#synthetic-}" >&2 ;;
    three10) node "$shared/make-three10.mjs" "$dir" --three "$here/node_modules/three" >&2 ;;
    css-*) node "$here/make-css-app.mjs" "$dir" "${c#css-}" >&2 ;;
    *) echo "run.sh: unknown corpus $c (synthetic-N, css-N, three10 or pkg-NAME)" >&2; exit 2 ;;
  esac
done
# three.js x10 is a library, as for webpack and Rspack (bench-config.cjs): the entry's exports go to
# `var THREE`, so nothing is tree-shaken away. Sharpack reads it from a JSON configuration (the
# command line has no library flags) and takes the rest from its flags.
if [[ -d "$corpora/three10" ]]; then
  printf '{ "output": { "library": { "name": "THREE", "type": "var" } } }\n' >"$corpora/three10/sharpack.bench.json"
fi

# Publish the Sharpack CLI now if its sources changed, so that no timed run pays for it; the
# benchmark measures the full build (the native executable), never the quick first-run build.
export SHARPACK_BUILD=full
"$root/sharpack" build --help >/dev/null

stamp="$(date -u +%Y%m%d-%H%M%S)"
art="$root/.artifacts/bench"
logs="$art/bundle-logs/$stamp"
out="$art/bundle-out"
tsv="$art/bundle-$stamp.tsv"
mkdir -p "$logs" "$out"
printf 'corpus\tmode\tbundler\trun\tstatus\tseconds\tkib\tjs_files\tbytes\tgzip_bytes\n' >"$tsv"
# In --splitting and --minify modes the outputs go to their own folders, and the figures are labelled.
tag=""; label=""
if [[ $splitting -eq 1 ]]; then
  tag="-splitting"; label=", --splitting"
  [[ $split_chunks == default ]] && { tag+="-splitchunks"; label+=" --split-chunks default"; }
fi
[[ $minify -eq 1 ]] && { tag+="-minify"; label+=", --minify"; }

# build_cmd BUNDLER CORPUS MODE OUTDIR: sets CMD to one build's command line.
build_cmd() {
  local b="$1" c="$2" mode="$3" o="$4" kind entry dir
  dir="$(corpus_dir "$c")"
  case "$c" in three10) kind=three10; entry=./entry.js ;; pkg-*) kind=package; entry=./src/index.js ;; css-*) kind=css; entry=./src/index.js ;; *) kind=synthetic; entry=./src/index.js ;; esac
  case "$b" in
    sharpack)
      CMD=("$root/sharpack" build --entry "$entry" --context "$dir" --output-path "$o"
        --mode "$mode" --target web --devtool false)
      [[ $kind == three10 ]] && CMD+=(--config "$corpora/$c/sharpack.bench.json")
      [[ $minify -eq 1 ]] || CMD+=(--no-optimization-minimize) ;;
    webpack|rspack)
      CMD=(env BENCH_CORPUS="$dir" BENCH_KIND="$kind" BENCH_MODE="$mode" BENCH_OUT="$o")
      [[ $splitting -eq 1 && $split_chunks == false ]] && CMD+=(BENCH_SPLIT_CHUNKS=false)
      [[ $minify -eq 1 ]] && CMD+=(BENCH_MINIFY=1)
      CMD+=("$here/node_modules/.bin/$b" build -c "$here/$b.config.cjs") ;;
    esbuild)
      # esbuild has no modes: development and production differ in process.env.NODE_ENV only.
      # No source maps; minification with --minify only. Without --splitting an IIFE (the dynamic imports are
      # bundled inline, as esbuild splits only ESM output); with it ESM in .mjs files, so that
      # node runs them as modules.
      CMD=("$here/node_modules/.bin/esbuild" "$dir/${entry#./}" --bundle --platform=browser
        --log-level=warning "--define:process.env.NODE_ENV=\"$mode\"")
      if [[ $splitting -eq 1 ]]; then CMD+=(--splitting --format=esm --outdir="$o" --out-extension:.js=.mjs)
      else CMD+=(--format=iife --outfile="$o/main.js"); fi
      [[ $kind == three10 ]] && CMD+=(--global-name=THREE)
      # CSS: bundled into main.css; *.module.css are local-css by esbuild's default loaders.
      [[ $kind == css ]] && CMD+=(--loader:.svg=file)
      [[ $minify -eq 1 ]] && CMD+=(--minify)
      ;;
  esac
  return 0
}

# main_file BUNDLER OUTDIR: the bundle to run (esbuild --splitting names it after the entry).
main_file() {
  if [[ $splitting -eq 1 && $1 == esbuild ]]; then echo "$2/index.mjs"; else echo "$2/main.js"; fi
}

skip() { # skip BUNDLER CORPUS
  [[ $quick -eq 1 && $1 == webpack && $2 == synthetic-10000 ]]
}

declare -A T M S F # key "corpus|mode|bundler": space-separated times, memories; status ok/fail;
                   # JS files and bytes of the last run
for c in "${sel_corpora[@]}"; do
  for mode in "${sel_modes[@]}"; do
    for ((r = 0; r < runs; r++)); do
      n=${#bundlers[@]}
      for ((i = 0; i < n; i++)); do
        b=${bundlers[$(((i + r) % n))]}
        skip "$b" "$c" && continue
        key="$c|$mode|$b"
        [[ ${S[$key]:-ok} == fail ]] && continue
        o="$out/$c-$mode-$b$tag"
        rm -rf "$o"
        log="$logs/$c-$mode-$b-$r.log"
        build_cmd "$b" "$c" "$mode" "$o"
        # Sharpack runs in the corpus folder: in bench/bundle it would load webpack.config.cjs.
        wd="$here"; [[ $b == sharpack ]] && wd="$(corpus_dir "$c")"
        if (cd "$wd" && /usr/bin/time -o "$log.time" -f "%e %M" "${CMD[@]}" >"$log" 2>&1) \
           && [[ -f "$(main_file "$b" "$o")" ]]; then
          read -r sec kib <"$log.time"
          # JS files emitted (one a chunk: no source maps), their total size in bytes and the
          # total of their gzip sizes (gzip -9, as the minification benchmark)
          read -r files bytes < <(find "$o" -type f \( -name '*.js' -o -name '*.mjs' \) -printf '%s\n' |
            awk '{n++; s+=$1} END {printf "%d %d\n", n, s}')
          gz=0
          while IFS= read -r -d '' f; do gz=$((gz + $(gzip -9c "$f" | wc -c))); done \
            < <(find "$o" -type f \( -name '*.js' -o -name '*.mjs' \) -print0)
          T[$key]="${T[$key]:-} $sec"; M[$key]="${M[$key]:-} $kib"; F[$key]="$files $bytes $gz"
          printf '%s\t%s\t%s\t%d\tok\t%s\t%s\t%s\t%s\t%s\n' "$c" "$mode" "$b" "$r" "$sec" "$kib" "$files" "$bytes" "$gz" >>"$tsv"
          echo "run.sh: $c $mode $b$label run $((r + 1)): ${sec} s, $((kib / 1024)) MiB, $files JS files, $bytes bytes" >&2
        else
          S[$key]=fail
          printf '%s\t%s\t%s\t%d\tbuild-failed\t\t\t\t\t\n' "$c" "$mode" "$b" "$r" >>"$tsv"
          echo "run.sh: $c $mode $b: BUILD FAILED, first lines of $log:" >&2
          grep -v '^\s*$' "$log" | head -8 | sed 's/^/    /' >&2
        fi
      done
    done
    # Check the last run's bundles.
    for b in "${bundlers[@]}"; do
      skip "$b" "$c" && continue
      key="$c|$mode|$b"
      [[ ${S[$key]:-ok} == fail ]] && continue
      o="$out/$c-$mode-$b$tag"
      chk="$logs/$c-$mode-$b-check.log"
      if [[ $c == three10 ]]; then
        got="$(node "$shared/check-three10.cjs" "$o/main.js" "$corpora/$c" 2>"$chk" || true)"
        echo "$got" >>"$chk"
        if [[ $got == "three10 ok:"* ]]; then S[$key]=ok; else S[$key]=wrong; fi
      else
        expected="$(cat "$(corpus_dir "$c")/expected.txt")"
        # run-bundle.cjs loads a web bundle's async chunks as script tags; esbuild's ESM runs as is
        runner=("$shared/run-bundle.cjs"); [[ $splitting -eq 1 && $b == esbuild ]] && runner=()
        got="$(timeout 120 node "${runner[@]}" "$(main_file "$b" "$o")" 2>"$chk" || true)"
        echo "$got" >>"$chk"
        if [[ $got == "$expected" ]]; then S[$key]=ok; else S[$key]=wrong; fi
      fi
      if [[ ${S[$key]} == wrong ]]; then
        printf '%s\t%s\t%s\t\twrong-output\t\t\t\t\t\n' "$c" "$mode" "$b" >>"$tsv"
        echo "run.sh: $c $mode $b: WRONG OUTPUT, first lines of $chk:" >&2
        grep -v '^\s*$' "$chk" | head -8 | sed 's/^/    /' >&2
      else
        echo "run.sh: $c $mode $b: check ok ($got)" >&2
      fi
    done
  done
done

median() { tr ' ' '\n' | awk 'NF' | sort -g | awk '{a[NR]=$1} END {if (NR == 0) exit; if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

echo
echo "$(date -u +%Y-%m-%d), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), node $(node --version), $runs runs$label$([[ $quick -eq 1 ]] && echo ', --quick (no webpack at 10,000)')"
echo
hdr="| corpus | mode |"; sep="|---|---|"
for b in "${bundlers[@]}"; do hdr+=" $b |"; sep+="---:|"; done
for b in "${bundlers[@]}"; do [[ $b == sharpack ]] || { hdr+=" vs $b |"; sep+="---:|"; }; done
echo "$hdr"; echo "$sep"
for c in "${sel_corpora[@]}"; do
  for mode in "${sel_modes[@]}"; do
    line="| $c | $mode |"
    declare -A med=() bad=()
    for b in "${bundlers[@]}"; do
      key="$c|$mode|$b"
      if skip "$b" "$c"; then line+=" skipped |"; continue; fi
      t="$(echo "${T[$key]:-}" | median)"; m="$(echo "${M[$key]:-}" | median)"
      case "${S[$key]:-ok}" in
        fail) line+=" build fails |" ;;
        wrong) line+=" $(printf '%.2f s, %d MiB' "$t" "$((${m%.*} / 1024))") ✗ wrong output |"; med[$b]=$t; bad[$b]=1 ;;
        *) line+=" $(printf '%.2f s, %d MiB' "$t" "$((${m%.*} / 1024))") |"; med[$b]=$t ;;
      esac
    done
    for b in "${bundlers[@]}"; do
      [[ $b == sharpack ]] && continue
      if [[ -n ${med[sharpack]:-} && -n ${med[$b]:-} ]]; then
        r="$(awk -v p="${med[$b]}" -v s="${med[sharpack]}" 'BEGIN {printf "%.2f×", p / s}')"
        # a ratio with a bundle that fails its check is shown in parentheses
        if [[ -n ${bad[sharpack]:-} || -n ${bad[$b]:-} ]]; then line+=" ($r) |"; else line+=" $r |"; fi
      else line+=" - |"; fi
    done
    unset med bad
    echo "$line"
  done
done
echo
echo "vs X: X's median wall time over Sharpack's (above 1: Sharpack is faster); in parentheses when a"
echo "bundle of the pair fails its check. Memory is peak RSS (median)."
echo
echo "Output of the last run: JS files emitted (one a chunk), their total size and the total of their"
echo "gzip -9 sizes (MB = 10^6 bytes, kB = 10^3 bytes)."
echo
hdr="| corpus | mode |"; sep="|---|---|"
for b in "${bundlers[@]}"; do hdr+=" $b |"; sep+="---:|"; done
echo "$hdr"; echo "$sep"
for c in "${sel_corpora[@]}"; do
  for mode in "${sel_modes[@]}"; do
    line="| $c | $mode |"
    for b in "${bundlers[@]}"; do
      read -r files bytes gz <<<"${F[$c|$mode|$b]:-}"
      if [[ -n ${files:-} ]]; then line+=" $files, $(awk -v b="$bytes" -v g="$gz" 'BEGIN {printf "%.2f MB, gzip %.1f kB", b / 1e6, g / 1e3}') |"
      else line+=" - |"; fi
    done
    echo "$line"
  done
done
echo
echo "Measurements: $tsv; logs: $logs"
