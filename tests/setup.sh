#!/usr/bin/env bash
# Installs the test fixtures (tests/fixtures/package.json: test262-parser-tests, reference parsers,
# real-world libraries used as parser corpora) with `npm ci`, exactly as pinned in the committed
# package-lock.json. Runs npm only when node_modules is missing or the lockfile changed since the
# last install (a stamp file inside node_modules records the lockfile's hash). Quiet on success;
# on failure prints npm's log and exits non-zero.
set -euo pipefail

fixtures="$(cd "$(dirname "${BASH_SOURCE[0]}")/fixtures" && pwd)"
stamp="$fixtures/node_modules/.sharpack-lock-hash"

for tool in node npm sha256sum; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "tests/setup.sh: '$tool' is not installed; it is needed to install the test fixtures" >&2
        exit 1
    fi
done

hash="$(cat "$fixtures/package.json" "$fixtures/package-lock.json" | sha256sum | cut -d' ' -f1)"
if [[ -d "$fixtures/node_modules" && -f "$stamp" && "$(cat "$stamp")" == "$hash" ]]; then
    exit 0
fi

echo "tests/setup.sh: installing test fixtures (npm ci in tests/fixtures)"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if ! (cd "$fixtures" && npm ci --no-audit --no-fund --loglevel=error) >"$log" 2>&1; then
    echo "tests/setup.sh: 'npm ci' failed in $fixtures:" >&2
    tail -n 50 "$log" >&2
    exit 1
fi
echo "$hash" >"$stamp"
