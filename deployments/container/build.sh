#!/usr/bin/env bash
# Builds the two images: the control plane (Dockerfile) and the agent sidecar (agent.Dockerfile).
#   deployments/container/build.sh [registry/prefix] [version]     e.g. ghcr.io/clawmanager 0.1.0
# Needs docker or podman; the development machine has neither, so there it stops after the Maven part.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
PREFIX=${1:-ghcr.io/clawmanager}
VERSION=${2:-0.1.0}
cd "$ROOT"

./mvnw -B -q package -DskipTests
rm -rf deployments/container/target/jdbc
./mvnw -B -q -pl ear dependency:copy-dependencies -DincludeArtifactIds=mysql-connector-j,h2 \
  -DexcludeTransitive=true -Dmdep.stripVersion=true -DoutputDirectory="$ROOT/deployments/container/target/jdbc"

engine=$(command -v docker || command -v podman || true)
if [ -z "$engine" ] || ! "$engine" info >/dev/null 2>&1; then
  echo "No docker or podman here: the EAR and JDBC drivers are ready; run this script where an engine exists." >&2
  exit 2
fi
"$engine" build -f deployments/container/Dockerfile --build-arg VERSION="$VERSION" \
  -t "$PREFIX/clawmanager:$VERSION" .
if [ -f agent/target/clawmanager-agent.jar ]; then
  "$engine" build -f deployments/container/agent.Dockerfile --build-arg VERSION="$VERSION" \
    -t "$PREFIX/clawmanager-agent:$VERSION" .
else
  echo "agent/target/clawmanager-agent.jar not found: agent image skipped" >&2
fi
