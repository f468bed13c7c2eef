#!/bin/bash
# Runs ../shared/conformance's webpack case harnesses against one commit of this repository, built in
# its own worktree (so the tree being edited is not used): configCases, and test/cases in development
# and production.
#   tools/conformance.sh <commit> <tag> [cfg|cases|all] [filter]
# Needs WEBPACK_GIT (a webpack/webpack git dir holding the conformance rev; `fetch` gives one) and
# CONF_DEPS (a folder whose node_modules hold expect, jest-mock, jest-snapshot, webpack@5.112.2).
# Results: $OUT/cfg-<tag>.json and cases-<mode>-<tag>.json (OUT defaults to /tmp/sharpack-conformance),
# the summary lines on standard output. The worktree is removed at the end.
set -u
COMMIT=$1; TAG=$2; WHAT=${3:-all}; FILTER=${4:-}
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SHARED="${SHARED:-$ROOT/../shared}"
OUT="${OUT:-/tmp/sharpack-conformance}"
WT="${TMPDIR:-/tmp}/sharpack-conformance-$TAG"
REV=bc3e930f75e3f6ecbdf193a0dedf6067ea3a286b
: "${WEBPACK_GIT:?set WEBPACK_GIT to a webpack git directory}" "${CONF_DEPS:?set CONF_DEPS to the harness deps folder}"
mkdir -p "$OUT"
git -C "$ROOT" worktree remove --force "$WT" 2>/dev/null; rm -rf "$WT"; git -C "$ROOT" worktree prune
git -C "$ROOT" worktree add -q --detach "$WT" "$COMMIT" || exit 1
echo "worktree $(git -C "$WT" log -1 --format='%h %s' | cut -c1-100)"
export SHARPACK_BUILD=quick WEBPACK_GIT CONF_DEPS
F=(); [ -n "$FILTER" ] && F=(--filter "$FILTER")
if [ "$WHAT" = cfg ] || [ "$WHAT" = all ]; then
  node "$SHARED/conformance/run-webpack-config-cases.mjs" --rev $REV "${F[@]}" --quiet \
    --bundler "$WT/sharpack build --config {config} --json {stats}" --webpack-api "$WT/tools/webpack-api.cjs" \
    --out "$OUT/cfg-$TAG.json" > "$OUT/cfg-$TAG.log" 2>&1
  echo "configCases: $(tail -1 "$OUT/cfg-$TAG.log")"
fi
if [ "$WHAT" = cases ] || [ "$WHAT" = all ]; then
  for MODE in development production; do
    node "$SHARED/conformance/run-webpack-cases.mjs" --rev $REV "${F[@]}" --quiet \
      --bundler "$WT/sharpack build --entry {entry} --context {context} --output-path {outdir} --mode $MODE --target node --devtool false" \
      --out "$OUT/cases-$MODE-$TAG.json" > "$OUT/cases-$MODE-$TAG.log" 2>&1
    echo "test/cases $MODE: $(tail -1 "$OUT/cases-$MODE-$TAG.log")"
  done
fi
git -C "$ROOT" worktree remove --force "$WT"
