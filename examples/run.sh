#!/usr/bin/env bash
# Builds the example app (examples/hello) with Sharpack and runs the bundle in node.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
app="$here/hello"
if [[ ! -d "$app/node_modules/lodash-es" ]]; then
  (cd "$app" && npm ci --no-audit --no-fund --loglevel=error)
fi
cd "$app"
"$here/../sharpack" build --entry ./src/index.js --mode production --target node --output-path ./dist
echo "--- node dist/main.js"
node dist/main.js
