#!/usr/bin/env bash
# Fails the build when a Java test class is named neither *Test (unit, surefire) nor *IT (against Liberty,
# failsafe): such a class would compile and silently never run.
set -euo pipefail
cd "$(dirname "$0")/.."
bad=$(grep -rlE '@(org\.junit\.jupiter\.api\.)?(Test|ParameterizedTest|RepeatedTest)\b' --include='*.java' */src/test/java 2>/dev/null \
      | grep -vE '(Test|IT)\.java$' || true)
if [ -n "$bad" ]; then
  echo "Test classes must end in Test (unit) or IT (integration):" >&2
  echo "$bad" >&2
  exit 1
fi
