# Configures a running ClawManager's gateway for the benchmark through the admin API (sourced by run.sh).
# configure_gateway BASE ADMIN_PASSWORD STUB_V1_URL -> sets GATEWAY_KEY, GATEWAY_MODEL
configure_gateway() {
  local base=$1 password=$2 stub=$3 token provider
  token=$(curl -sf "$base/api/auth/login" -H 'Content-Type: application/json' \
    -d "{\"username\":\"admin\",\"password\":\"$password\"}" | jq -r .accessToken)
  local h=(-sf -H "Authorization: Bearer $token" -H 'Content-Type: application/json')
  provider=$(curl "${h[@]}" "$base/api/gateway/providers" \
    -d "{\"name\":\"stub\",\"kind\":\"openai\",\"baseUrl\":\"$stub\",\"apiKey\":\"sk-bench-stub\"}" | jq .id)
  curl "${h[@]}" "$base/api/gateway/models" \
    -d "{\"name\":\"bench\",\"providerId\":$provider,\"upstreamModel\":\"stub-model\",\"kind\":\"chat\"}" >/dev/null
  curl "${h[@]}" "$base/api/gateway/prices" -d '{"model":"bench","inputPerMTok":0.15,"outputPerMTok":0.6}' >/dev/null
  # limits high enough never to trigger, but reserved and settled on every request
  curl "${h[@]}" "$base/api/gateway/limits" \
    -d '{"scope":"user","metric":"requests","period":"minute","limit":100000000}' >/dev/null
  curl "${h[@]}" "$base/api/gateway/limits" \
    -d '{"scope":"key","metric":"tokens","period":"hour","limit":100000000000}' >/dev/null
  curl "${h[@]}" "$base/api/gateway/limits" -d '{"scope":"user","metric":"cost","period":"day","limit":1000000}' >/dev/null
  # risk: the built-in rules are seeded enabled; count how many the gateway will apply
  echo "risk rules enabled: $(curl "${h[@]}" "$base/api/gateway/risk-rules" | jq '[.. | objects | select(.enabled == true)] | length')"
  GATEWAY_KEY=$(curl "${h[@]}" "$base/api/gateway/keys" -d '{"name":"bench"}' | jq -r .key)
  GATEWAY_MODEL=bench
  BENCH_ADMIN_TOKEN=$token
  curl -sf "$base/v1/chat/completions" -H "Authorization: Bearer $GATEWAY_KEY" -H 'Content-Type: application/json' \
    -d '{"model":"bench","messages":[{"role":"user","content":"hi"}]}' >/dev/null || { echo "gateway smoke call failed" >&2; return 1; }
}

# verify_audit BASE: how many requests the audit analytics counted (every answered request must have a record)
verify_audit() {
  curl -sf "$1/api/gateway/analytics?groupBy=model" -H "Authorization: Bearer $BENCH_ADMIN_TOKEN" | jq -c '.totals // .'
}
