#!/usr/bin/env bash
# Installs the test fixtures with `npm ci`, exactly as pinned in each committed package-lock.json:
# tests/fixtures (test262-parser-tests, reference parsers, real-world libraries used as parser
# corpora) and tests/fixtures-resolver (a real node_modules tree and enhanced-resolve, for the
# resolver's differential test). Runs npm in a folder only when its node_modules is missing or the lockfile changed since the
# last install (a stamp file inside node_modules records the lockfile's hash). Quiet on success;
# on failure prints npm's log and exits non-zero.
set -euo pipefail

for tool in node npm sha256sum; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "tests/setup.sh: '$tool' is not installed; it is needed to install the test fixtures" >&2
        exit 1
    fi
done

tests="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

install() {
    local fixtures="$tests/$1"
    local stamp="$fixtures/node_modules/.sharpack-lock-hash"
    local hash
    hash="$(cat "$fixtures/package.json" "$fixtures/package-lock.json" | sha256sum | cut -d' ' -f1)"
    if [[ -d "$fixtures/node_modules" && -f "$stamp" && "$(cat "$stamp")" == "$hash" ]]; then
        return 0
    fi
    echo "tests/setup.sh: installing test fixtures (npm ci in tests/$1)"
    if ! (cd "$fixtures" && npm ci --no-audit --no-fund --loglevel=error) >"$log" 2>&1; then
        echo "tests/setup.sh: 'npm ci' failed in $fixtures:" >&2
        tail -n 50 "$log" >&2
        exit 1
    fi
    echo "$hash" >"$stamp"
}

install fixtures
install fixtures-resolver

# A large Tailwind build for Sharpack.Css's corpus (no package ships one); made again after each
# install, which wipes node_modules/.generated.
if [[ ! -f "$tests/fixtures/node_modules/.generated/tailwind/tailwind.css" ]]; then
    if ! node "$tests/fixtures/generate-tailwind.mjs" >"$log" 2>&1; then
        echo "tests/setup.sh: generating the Tailwind corpus file failed:" >&2
        tail -n 50 "$log" >&2
        exit 1
    fi
fi
