#!/usr/bin/env bash
# Runs every test of the solution: installs the test fixtures (tests/setup.sh), then
# `dotnet test` in Release. Ends with one line "N passed, N failed[, N skipped]" counted from the
# trx result files, and exits non-zero when a test failed, when the run aborted (e.g. the test
# host crashed or the build failed), or when no test ran.
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

tests/setup.sh || exit 1

results="$root/.artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

start=$SECONDS
dotnet test Sharpack.sln -c Release --nologo --results-directory "$results" --logger trx "$@"
rc=$?

passed=0 failed=0 skipped=0 total=0
shopt -s nullglob
for trx in "$results"/*.trx "$results"/*/*.trx; do
    counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)"
    count() { sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$counters"; }
    total=$((total + $(count total)))
    passed=$((passed + $(count passed)))
    failed=$((failed + $(count failed) + $(count error) + $(count timeout) + $(count aborted)))
    skipped=$((skipped + $(count total) - $(count executed)))
done

status=0
if ((rc != 0 && failed == 0)); then
    echo "test.sh: 'dotnet test' exited with $rc without a failed test (build error or aborted run); counted as 1 failure" >&2
    failed=1
fi
if ((failed > 0)); then
    status=1
elif ((passed == 0)); then
    echo "test.sh: no test ran" >&2
    status=1
fi

echo "test.sh: $((SECONDS - start)) s in dotnet test"
if ((skipped > 0)); then
    echo "$passed passed, $failed failed, $skipped skipped"
else
    echo "$passed passed, $failed failed"
fi
exit $status
