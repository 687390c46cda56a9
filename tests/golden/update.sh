#!/usr/bin/env bash
# Regenerates every golden expectation (tests/golden/**) and every example's
# compiled output (examples/*/out/) from the current bslc, then shows what
# changed. Review the diff like code before committing it.
#
#   tests/golden/update.sh            # uses ./build (override: BSLC_BUILD_DIR=...)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${BSLC_BUILD_DIR:-$root/build}"

if [[ ! -f "$build/CMakeCache.txt" ]]; then
  cmake -S "$root" -B "$build" -G Ninja
fi
cmake --build "$build" -j2 --target bslc test_golden test_cli

# First pass rewrites; the second proves the expectations are now stable
# (and still reports real failures such as an error.* case that passes).
BSLC_UPDATE_GOLDEN=1 "$build/tests/test_golden" --gtest_brief=1 >/dev/null || true
"$build/tests/test_golden" --gtest_brief=1
# The diff pairs (tests/diff/*/expected.txt).
BSLC_UPDATE_GOLDEN=1 "$build/tests/test_cli" --gtest_brief=1 --gtest_filter='Cases/DiffPairs.*'

cd "$root"
echo
echo "Changes to review:"
git diff --stat -- tests/golden tests/diff examples
git status --short --untracked-files=all -- tests/golden tests/diff examples | grep '^??' || true
