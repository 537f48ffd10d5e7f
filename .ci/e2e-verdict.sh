#!/usr/bin/env bash
# Fails the build when the browser tests failed or did not run.
set -euo pipefail
out=$1
if [ ! -f "$out/status" ]; then echo "browser tests did not run" >&2; exit 1; fi
grep -E '^# (tests|pass|fail|skipped)' "$out/e2e.log" || true
status=$(cat "$out/status")
if [ "$status" != "0" ]; then echo "browser tests failed (exit $status); see $out/e2e.log" >&2; exit 1; fi
if ! grep -qE '^# pass [1-9]' "$out/e2e.log"; then echo "no browser test passed" >&2; exit 1; fi
