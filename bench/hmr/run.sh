#!/usr/bin/env bash
# The dev-server benchmark of Sharpack against Rspack and webpack, on generated React apps:
# cold start (server start to first render in headless Chromium), HMR time from a file write to the
# new code running in the page (root and leaf component, averaged) and the dev server's memory.
#
#   bench/hmr/run.sh [--sizes 1000,5000,10000] [--tools sharpack,rspack,webpack] [--warmup 2] [--rounds 3] [--edits 5]
#
# Installs the pinned peers, React and playwright-core (npm ci) if they are missing, publishes the
# native Sharpack CLI (SHARPACK_BUILD=full), generates each app into bench/hmr/.apps/app-<size>
# (make-app.mjs) if missing, then runs run.mjs: every round starts each tool's dev server once, in a
# rotated order; the figure is the median of the measured rounds. It prints a markdown table with
# each peer's ratio to Sharpack, and appends every measurement to .artifacts/bench/hmr-*.jsonl.
# Needs Debian's chromium (/usr/bin/chromium, or CHROMIUM=path).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$here"
if [[ ! -d node_modules/@rspack/core || ! -d node_modules/playwright-core || ! -d node_modules/webpack-dev-server ]]; then
  npm ci --no-audit --no-fund >&2
fi
SHARPACK_BUILD=full "$root/sharpack" --version >&2
mkdir -p "$root/.artifacts/bench"
exec node run.mjs --json "$root/.artifacts/bench/hmr-$(date -u +%Y%m%dT%H%M%S).jsonl" "$@"
