#!/usr/bin/env bash
# Load figures (issue 7 "Performance", issue 10 item 6): a benchmark, never a test.
# Builds the release server and the load tool (server/examples/load.rs), then on loopback at
# CONNECTIONS (64) connections for SECONDS (10) each: a bare axum hello (baseline), and per
# database the dashboard API, the history API, card top-ups (unique Idempotency-Keys, the
# approving sandbox card) and password sign-in; prints a table with the idle and loaded RSS
# of the server, and checks afterwards that every cached balance equals its ledger sum.
#
#   tools/load/run.sh                      # SQLite and PostgreSQL
#   BACKENDS=sqlite SECONDS_EACH=5 tools/load/run.sh
#
# PostgreSQL: a fresh database on PG_ADMIN_URL (postgres://root@127.0.0.1:5432), dropped after.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
CONNECTIONS=${CONNECTIONS:-64}
SECONDS_EACH=${SECONDS_EACH:-10}
BACKENDS=${BACKENDS:-sqlite postgres}
SCENARIOS=${SCENARIOS:-dashboard history topup signin}
PG_ADMIN_URL=${PG_ADMIN_URL:-postgres://root@127.0.0.1:5432}
export CARGO_TERM_COLOR=never

[[ ${SKIP_BUILD:-0} == 1 ]] || cargo build --release -q -p server --bin server --example load --example hello
BIN=$ROOT/target/release
WORK=$(mktemp -d /tmp/mymts-load.XXXXXX)
PIDS=()
PG_DB=""
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
  if [[ -n $PG_DB ]]; then psql -q "$PG_ADMIN_URL/postgres" -c "DROP DATABASE IF EXISTS $PG_DB" >/dev/null 2>&1 || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1]);s.close()'; }
wait_up() { for _ in $(seq 1 300); do curl -fs "$1" >/dev/null 2>&1 && return 0; sleep 0.2; done; echo "not up: $1" >&2; return 1; }
rss_kib() { awk '/^VmRSS/ {print $2}' "/proc/$1/status"; }
hwm_kib() { awk '/^VmHWM/ {print $2}' "/proc/$1/status"; }
load_avg() { cut -d' ' -f1-3 /proc/loadavg; }
mib() { awk -v k="$1" 'BEGIN {printf "%.1f", k/1024}'; }

TABLE=$WORK/table
printf '%-8s %-10s %8s %7s %9s %9s %9s %9s %6s %9s %s\n' db scenario ok errors req/s p50_ms p90_ms p99_ms conns rss_MiB "load(1,5,15 min)" >"$TABLE"
row() { # db scenario RESULT-line rss_kib load
  local line=$3 ok errors rps p50 p90 p99
  ok=$(sed -E 's/.* ok=([0-9.-]+).*/\1/' <<<"$line"); errors=$(sed -E 's/.* errors=([0-9.-]+).*/\1/' <<<"$line")
  rps=$(sed -E 's/.* rps=([0-9.-]+).*/\1/' <<<"$line"); p50=$(sed -E 's/.* p50_ms=([0-9.-]+).*/\1/' <<<"$line")
  p90=$(sed -E 's/.* p90_ms=([0-9.-]+).*/\1/' <<<"$line"); p99=$(sed -E 's/.* p99_ms=([0-9.-]+).*/\1/' <<<"$line")
  printf '%-8s %-10s %8s %7s %9s %9s %9s %9s %6s %9s %s\n' "$1" "$2" "$ok" "$errors" "$rps" "$p50" "$p90" "$p99" "$CONNECTIONS" "$4" "$5" >>"$TABLE"
}

echo "machine: nproc $(nproc), $(uptime)"

# Baseline: bare axum hello in the same run.
HPORT=$(free_port)
"$BIN/examples/hello" "127.0.0.1:$HPORT" & PIDS+=($!)
HPID=$!
wait_up "http://127.0.0.1:$HPORT/"
L=$(load_avg)
OUT=$("$BIN/examples/load" hello --url "http://127.0.0.1:$HPORT" --connections "$CONNECTIONS" --seconds "$SECONDS_EACH")
echo "$OUT" | head -1
row hello hello "$(grep '^RESULT' <<<"$OUT")" "$(mib "$(rss_kib "$HPID")")" "$L"
kill "$HPID"; wait "$HPID" 2>/dev/null || true

DIST=$ROOT/dist; [[ -d $DIST ]] || DIST=$WORK
for db in $BACKENDS; do
  case $db in
    sqlite) URL="sqlite://$WORK/load.db" ;;
    postgres) PG_DB="mymts_load_$$"; URL="$PG_ADMIN_URL/$PG_DB" ;;
    *) echo "unknown backend $db" >&2; exit 2 ;;
  esac
  PORT=$(free_port)
  MYMTS_BIND=127.0.0.1:$PORT MYMTS_DATABASE_URL=$URL MYMTS_DEV=true MYMTS_LOG_FILTER=warn \
    MYMTS_JOBS_INTERVAL_SECS=0 MYMTS_DIST_DIR=$DIST "$BIN/server" >"$WORK/server-$db.log" 2>&1 & PIDS+=($!)
  SPID=$!
  wait_up "http://127.0.0.1:$PORT/api/health"
  sleep 1
  IDLE=$(rss_kib "$SPID")
  echo "$db: server pid $SPID, idle RSS $(mib "$IDLE") MiB"
  row "$db" idle "RESULT ok=- errors=- rps=- p50_ms=- p90_ms=- p99_ms=-" "$(mib "$IDLE")" "$(load_avg)"
  for sc in $SCENARIOS; do
    L=$(load_avg)
    OUT=$("$BIN/examples/load" "$sc" --url "http://127.0.0.1:$PORT" --connections "$CONNECTIONS" --seconds "$SECONDS_EACH")
    echo "$db $(head -1 <<<"$OUT")"
    row "$db" "$sc" "$(grep '^RESULT' <<<"$OUT")" "$(mib "$(rss_kib "$SPID")")" "$L"
  done
  echo "$db: loaded RSS $(mib "$(rss_kib "$SPID")") MiB, peak (VmHWM) $(mib "$(hwm_kib "$SPID")") MiB"
  CHECK=$(curl -fs "http://127.0.0.1:$PORT/api/dev/ledger-check")
  MISMATCHES=$(python3 -c 'import json,sys; d=json.load(sys.stdin); print(len(d["mismatches"]), d["accounts"], d["entries"])' <<<"$CHECK")
  read -r M ACC ENT <<<"$MISMATCHES"
  echo "$db: ledger check: $ACC accounts, $ENT entries, $M mismatches (drift)"
  row "$db" "peak" "RESULT ok=- errors=- rps=- p50_ms=- p90_ms=- p99_ms=-" "$(mib "$(hwm_kib "$SPID")")" "drift: $M mismatches"
  kill "$SPID"; wait "$SPID" 2>/dev/null || true
  if [[ $db == postgres ]]; then psql -q "$PG_ADMIN_URL/postgres" -c "DROP DATABASE IF EXISTS $PG_DB" >/dev/null; PG_DB=""; fi
  if [[ $M != 0 ]]; then echo "DRIFT: $CHECK" >&2; cat "$TABLE"; exit 1; fi
done
echo
cat "$TABLE"
