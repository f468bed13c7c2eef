#!/usr/bin/env bash
# Builds the example app with Sharpack and runs the output. Until the bundler lands
# (`sharpack build`), this parses every source file with `sharpack parse` (the front end the
# bundler is built on) and runs the app unbundled in node.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
app="$here/hello"
if [[ ! -d "$app/node_modules/lodash-es" ]]; then
  (cd "$app" && npm install --no-audit --no-fund --loglevel=error)
fi
"$here/../sharpack" parse "$app"/src/*.js "$app"/src/*.cjs
node "$app/src/index.js"
