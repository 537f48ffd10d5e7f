#!/usr/bin/env bash
# Gateway benchmark: the same stub upstream measured directly, through nginx and through the ClawManager gateway,
# in one run, at a fixed rate and at maximum throughput, non-streaming and streaming. See docs/benchmarks.md.
#
#   bench/gateway/run.sh [seconds=20] [rate=1000] [concurrency=32]
#
# Starts (all on 127.0.0.1): the stub upstream, nginx (Debian nginx-light, installed if missing) and a ClawManager
# server (measured on Liberty's HTTP port and on the gateway's data-plane port) on the embedded default with its own data directory; configures the gateway through the admin API (provider
# -> stub, model, price, limits, risk rules on, a user key); then runs bench's LoadGen against each target.
# Results: bench/target/gateway/results.jsonl and a summary on stdout.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
SECONDS_PER_RUN=${1:-20} RATE=${2:-1000} CONCURRENCY=${3:-32}
OUT=$ROOT/bench/target/gateway
STUB_PORT=${STUB_PORT:-9601} NGINX_PORT=${NGINX_PORT:-9602} SERVER_PORT=${SERVER_PORT:-9603}
DATAPLANE_PORT=${DATAPLANE_PORT:-9605}
mkdir -p "$OUT"
: > "$OUT/results.jsonl"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo -n "$@"; fi; }
# shellcheck source=/dev/null
source <(sed -n '/^java_major()/p;/^pick_jdk()/,/^}/p' bin/clawmanager)
pick_jdk
[ -x /usr/sbin/nginx ] || { as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null; }

echo "== building"
[ "${SKIP_BUILD:-}" = 1 ] || ./mvnw -B -q install -DskipTests -DskipE2E
./mvnw -B -q -f ear/pom.xml liberty:create@embedded liberty:install-feature@embedded liberty:deploy@embedded
JAR=$ROOT/bench/target/clawmanager-bench.jar
WLP=$ROOT/ear/target/liberty/wlp

pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  [ -f "$OUT/nginx.pid" ] && kill "$(cat "$OUT/nginx.pid")" 2>/dev/null || true
  "$WLP/bin/server" stop clawmanager >/dev/null 2>&1 || true
}
trap cleanup EXIT

echo "== stub upstream on $STUB_PORT, nginx on $NGINX_PORT"
"$JAVA_HOME/bin/java" -Xmx512m -cp "$JAR" org.clawmanager.bench.StubUpstream "$STUB_PORT" 0 16 > "$OUT/stub.log" 2>&1 &
pids+=($!); STUB_PID=$!
mkdir -p "$OUT/nginx"
sed -e "s|@DIR@|$OUT/nginx|g" -e "s|@STUB_PORT@|$STUB_PORT|g" -e "s|@NGINX_PORT@|$NGINX_PORT|g" \
  bench/gateway/nginx.conf.template > "$OUT/nginx/nginx.conf"
/usr/sbin/nginx -c "$OUT/nginx/nginx.conf" -p "$OUT/nginx" -e "$OUT/nginx/nginx-error.log" &
pids+=($!)
sleep 1
NGINX_MASTER=$(cat "$OUT/nginx/nginx.pid")
# CPU of nginx = master + its worker (a child's CPU only shows in the parent after the child exits)
NGINX_PIDS=$(echo "$NGINX_MASTER" $(pgrep -P "$NGINX_MASTER") | tr ' ' ,)

echo "== ClawManager on $SERVER_PORT (embedded default, data in $OUT/data)"
rm -rf "$OUT/data"
ADMIN_PASSWORD="Bench-$(head -c 18 /dev/urandom | base64 | tr -dc A-Za-z0-9)"
CLAWMANAGER_HTTP_PORT=$SERVER_PORT CLAWMANAGER_HTTPS_PORT=$((SERVER_PORT + 1)) CLAWMANAGER_DATA_DIR=$OUT/data \
  CLAWMANAGER_GATEWAY_LISTENER_PORT=$DATAPLANE_PORT \
  CLAWMANAGER_ADMIN_PASSWORD=$ADMIN_PASSWORD "$WLP/bin/server" start clawmanager >/dev/null
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$SERVER_PORT/health/ready" >/dev/null && break; sleep 1; done
curl -sf "http://127.0.0.1:$SERVER_PORT/health/ready" >/dev/null || { echo "server not ready" >&2; exit 1; }
SERVER_PID=$(cat "$WLP/usr/servers/.pid/clawmanager.pid")

# shellcheck source=bench/gateway/configure.sh
source bench/gateway/configure.sh
configure_gateway "http://127.0.0.1:$SERVER_PORT" "$ADMIN_PASSWORD" "http://127.0.0.1:$STUB_PORT/v1"
# sets GATEWAY_KEY and GATEWAY_MODEL

body() { # $1 file, $2 model, $3 stream
  if [ "$3" = true ]; then
    printf '{"model":"%s","stream":true,"stream_options":{"include_usage":true},"messages":[{"role":"system","content":"You are a helpful assistant."},{"role":"user","content":"Summarise the benefits of connection pooling in two sentences."}]}' "$2" > "$1"
  else
    printf '{"model":"%s","messages":[{"role":"system","content":"You are a helpful assistant."},{"role":"user","content":"Summarise the benefits of connection pooling in two sentences."}]}' "$2" > "$1"
  fi
}
body "$OUT/direct.json" stub-model false; body "$OUT/direct-stream.json" stub-model true
body "$OUT/gw.json" "$GATEWAY_MODEL" false; body "$OUT/gw-stream.json" "$GATEWAY_MODEL" true

# ONLY=<regex>: run only the loads whose label matches; JFR=<label>: record the server with Flight Recorder during
# that load (bench/target/gateway/<label>.jfr; `jfr print --events jdk.ExecutionSample` shows where the CPU went)
load() { # label url body pids mode [key]
  local label=$1 url=$2 file=$3 cpupids=$4 mode=$5 key=${6:-}
  [ -z "${ONLY:-}" ] || [ "$label" = warmup ] || [[ "$label" =~ $ONLY ]] || return 0
  [ "${JFR:-}" != "$label" ] || "$JAVA_HOME/bin/jcmd" "$SERVER_PID" JFR.start name=bench settings=profile \
    filename="$OUT/$label.jfr" >/dev/null
  "$JAVA_HOME/bin/java" -Xmx1g -cp "$JAR" org.clawmanager.bench.LoadGen url="$url" mode="$mode" rate="$RATE" \
    concurrency="$CONCURRENCY" seconds="$SECONDS_PER_RUN" warmup=5 body="$file" pids="$cpupids" label="$label" \
    ${key:+key=$key} | tee -a "$OUT/human.txt" | grep '^{' >> "$OUT/results.jsonl"
  [ "${JFR:-}" != "$label" ] || "$JAVA_HOME/bin/jcmd" "$SERVER_PID" JFR.stop name=bench >/dev/null
}

: > "$OUT/human.txt"
echo "== warm-up of the gateway (JIT)"
SECONDS_PER_RUN_SAVED=$SECONDS_PER_RUN; SECONDS_PER_RUN=15
load warmup "http://127.0.0.1:$SERVER_PORT/v1/chat/completions" "$OUT/gw.json" "" max "$GATEWAY_KEY" >/dev/null
load warmup "http://127.0.0.1:$DATAPLANE_PORT/v1/chat/completions" "$OUT/gw.json" "" max "$GATEWAY_KEY" >/dev/null
SECONDS_PER_RUN=$SECONDS_PER_RUN_SAVED
sed -i '/"label":"warmup"/d' "$OUT/results.jsonl"

for round in rate max; do
  echo "== $round"
  load "direct-$round" "http://127.0.0.1:$STUB_PORT/v1/chat/completions" "$OUT/direct.json" "$STUB_PID" "$round"
  load "nginx-$round" "http://127.0.0.1:$NGINX_PORT/v1/chat/completions" "$OUT/direct.json" "$NGINX_PIDS" "$round"
  load "gateway-$round" "http://127.0.0.1:$SERVER_PORT/v1/chat/completions" "$OUT/gw.json" "$SERVER_PID" "$round" "$GATEWAY_KEY"
  load "dataplane-$round" "http://127.0.0.1:$DATAPLANE_PORT/v1/chat/completions" "$OUT/gw.json" "$SERVER_PID" "$round" "$GATEWAY_KEY"
  load "direct-stream-$round" "http://127.0.0.1:$STUB_PORT/v1/chat/completions" "$OUT/direct-stream.json" "$STUB_PID" "$round"
  load "nginx-stream-$round" "http://127.0.0.1:$NGINX_PORT/v1/chat/completions" "$OUT/direct-stream.json" "$NGINX_PIDS" "$round"
  load "gateway-stream-$round" "http://127.0.0.1:$SERVER_PORT/v1/chat/completions" "$OUT/gw-stream.json" "$SERVER_PID" "$round" "$GATEWAY_KEY"
  load "dataplane-stream-$round" "http://127.0.0.1:$DATAPLANE_PORT/v1/chat/completions" "$OUT/gw-stream.json" "$SERVER_PID" "$round" "$GATEWAY_KEY"
done

echo "== audit check: every answered gateway request has a record"
verify_audit "http://127.0.0.1:$SERVER_PORT" || true

echo "== summary"
"$JAVA_HOME/bin/java" -cp "$JAR" org.clawmanager.bench.GatewayReport "$OUT/results.jsonl" | tee "$OUT/summary.md"
