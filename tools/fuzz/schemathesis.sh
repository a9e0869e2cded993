#!/usr/bin/env bash
# API fuzzing: schemathesis against /api/openapi.json of the release server with demo data,
# once anonymously and once signed in as a demo customer. Fails on any 5xx
# (not_a_server_error) or any response the document does not describe
# (status_code_conformance, content_type_conformance, response_schema_conformance).
#
#   tools/fuzz/schemathesis.sh                      # the bounded run of `make test`
#   FUZZ_SECONDS=900 tools/fuzz/schemathesis.sh     # a longer local run (seconds per phase)
#   FUZZ_SEED=42 tools/fuzz/schemathesis.sh         # replay one seed
#
# Needs target/release/server (cargo build --release -p server) and tools/.venv
# (tools/install.sh). Reports land in target/fuzz/.
set -euo pipefail
cd "$(dirname "$0")/../.."

SECONDS_PER_PHASE=${FUZZ_SECONDS:-75}
SEED=${FUZZ_SEED:-$RANDOM$RANDOM}
SERVER=${FUZZ_SERVER:-target/release/server}
ST=tools/.venv/bin/schemathesis
[ -x "$SERVER" ] || { echo "error: $SERVER is missing: cargo build --release -p server" >&2; exit 1; }
[ -x "$ST" ] || { echo "error: $ST is missing: tools/install.sh" >&2; exit 1; }

work=$(mktemp -d)
report=target/fuzz
rm -rf "$report"
mkdir -p "$report"
pid=
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

port=$(tools/.venv/bin/python -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base=http://127.0.0.1:$port
# Dev mode (demo data, dev endpoints are fuzzed too), a throwaway SQLite file, cheap password
# hashing and proof-of-work so that the budget goes into cases, not into argon2.
MYMTS_BIND=127.0.0.1:$port \
MYMTS_DATABASE_URL="sqlite://$work/fuzz.db" \
MYMTS_DIST_DIR=dist \
MYMTS_DEV=true \
MYMTS_LOG_FORMAT=json \
MYMTS_LOG_FILTER=warn \
MYMTS_ARGON2_MEMORY_KIB=1024 \
MYMTS_ARGON2_ITERATIONS=1 \
MYMTS_POW_DIFFICULTY_BITS=8 \
MYMTS_GATEWAY_SECRET=fuzz-gateway-secret \
MYMTS_NETWORK_SECRET=fuzz-network-secret \
MYMTS_JOBS_INTERVAL_SECS=0 \
  "$SERVER" --seed-demo >"$report/server.log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do
  curl -fsS "$base/api/health" >/dev/null 2>&1 && break
  kill -0 "$pid" 2>/dev/null || { cat "$report/server.log" >&2; exit 1; }
  sleep 0.2
done
curl -fsS "$base/api/openapi.json" -o "$report/openapi.json"

# Sign in as a demo customer: the session cookie and the CSRF token (cookie + header).
sign_in() {
  local login=$1 jar=$work/$1.cookies
  curl -fsS -c "$jar" -H 'content-type: application/json' \
    -d "{\"login\":\"$login\",\"password\":\"Demo-Passw0rd\"}" \
    "$base/api/auth/sign-in" >/dev/null
  session=$(awk '$6 == "mymts_session" {print $7}' "$jar")
  csrf=$(awk '$6 == "mymts_csrf" {print $7}' "$jar")
  [ -n "$session" ] && [ -n "$csrf" ] || { echo "error: sign-in of $login gave no cookies" >&2; exit 1; }
}

checks=not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance
common=(
  --url "$base"
  --checks "$checks"
  --max-time "$SECONDS_PER_PHASE"
  --seed "$SEED"
  --workers 2
  --phases examples,coverage,fuzzing
  --suppress-health-check all
  --request-timeout 30
  --output-sanitize true
)
status=0
total_cases=0
started=$(date +%s)

run_phase() {
  local name=$1; shift
  echo "==> schemathesis, $name (seed $SEED, ${SECONDS_PER_PHASE}s)"
  local t0=$(date +%s) rc=0
  "$ST" run "$report/openapi.json" "${common[@]}" "$@" \
    --report junit,ndjson --report-dir "$report/$name" 2>&1 | tee "$report/$name.log" || rc=${PIPESTATUS[0]}
  echo "    $name: exit $rc in $(( $(date +%s) - t0 )) s"
  [ "$rc" -eq 0 ] || status=1
  kill -0 "$pid" 2>/dev/null || { echo "error: the server died" >&2; tail -50 "$report/server.log" >&2; exit 1; }
}

# Anonymous: every operation without a session (401 where one is needed, the public ones in
# full). The gateway and usage APIs answer 401 to a missing or wrong HMAC signature.
run_phase anonymous

# Signed in as ivanov. Excluded, because they end the session the rest of the phase runs
# on (a fresh session per phase keeps the phases independent):
#   POST /api/auth/logout           ends this session;
#   DELETE /api/sessions/{id}       session ids are small integers: the fuzzer finds its own;
#   POST /api/auth/password         a lucky current password would force a new session.
sign_in ivanov
run_phase signed-in \
  -H "Cookie: mymts_session=$session; mymts_csrf=$csrf" \
  -H "X-CSRF-Token: $csrf" \
  --exclude-path /api/auth/logout \
  --exclude-path /api/sessions/{id} \
  --exclude-path /api/auth/password

# The session must still be alive (else the phase fuzzed a signed-out server).
alive=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: mymts_session=$session; mymts_csrf=$csrf" "$base/api/session")
[ "$alive" = 200 ] || { echo "error: the signed-in phase lost its session ($alive)" >&2; status=1; }

# Figures: test cases per phase, as schemathesis counts them.
for phase in anonymous signed-in; do
  echo "    $phase: $(grep -h -A1 '^Test cases:' "$report/$phase.log" | tail -1 | sed 's/^ *//')"
done
echo "schemathesis: $( (( status == 0 )) && echo passed || echo FAILED ) in $(( $(date +%s) - started )) s (seed $SEED, reports in $report/)"
exit $status
