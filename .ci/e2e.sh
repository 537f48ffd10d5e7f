#!/usr/bin/env bash
# Runs the console's browser tests (Playwright + Debian Chromium) against the integration-test server. The verdict
# is recorded and enforced in the verify phase, so a failure still lets Maven stop the server first.
set -uo pipefail
frontend=$1 out=$2
mkdir -p "$out"
cd "$frontend"
npm run --silent e2e 2>&1 | tee "$out/e2e.log"
echo "${PIPESTATUS[0]}" > "$out/status"
