#!/usr/bin/env bash
# The month-start fee run at scale (issue 20 item 6): a benchmark, never a test.
# Per database: the release server creates and seeds a fresh database (demo data), the scale
# tool (server/examples/scale.rs) adds ACCOUNTS mobile accounts on a tariff, then one job run
# at the next billing period's start (POST /api/dev/jobs/run) charges every monthly fee while
# the dashboard API is under load (CONNECTIONS connections, LOAD_SECONDS seconds, started
# with the run). Prints the run's time, accounts billed per second, the dashboard's latency
# idle and during the run, the fee keys and entries written, accounts charged twice (must
# be 0) and the ledger check (cached balance = sum of entries, must be 0 mismatches).
#
#   tools/scale/run.sh                                  # PostgreSQL 1 000 000, SQLite 100 000
#   PG_ACCOUNTS=200000 BACKENDS=postgres tools/scale/run.sh
#
# PostgreSQL: a fresh database on PG_ADMIN_URL (postgres://root@127.0.0.1:5432), dropped after.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
BACKENDS=${BACKENDS:-postgres sqlite}
PG_ACCOUNTS=${PG_ACCOUNTS:-1000000}
SQLITE_ACCOUNTS=${SQLITE_ACCOUNTS:-100000}
CONNECTIONS=${CONNECTIONS:-16}
LOAD_SECONDS=${LOAD_SECONDS:-20}
PG_ADMIN_URL=${PG_ADMIN_URL:-postgres://root@127.0.0.1:5432}
export CARGO_TERM_COLOR=never

[[ ${SKIP_BUILD:-0} == 1 ]] || cargo build --release -q -p server --bin server --example load --example scale
BIN=$ROOT/target/release
WORK=$(mktemp -d /tmp/mymts-scale.XXXXXX)
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
field() { sed -E "s/.* $1=([^ ]+).*/\1/" <<<"$2"; }
now_s() { date +%s.%N; }

# The first day of next month, and a time on it, as the job run's `now`.
PERIOD=$(python3 -c 'import datetime as d;t=d.date.today();print((t.replace(day=1)+d.timedelta(days=32)).replace(day=1))')
AT="${PERIOD}T01:00:00Z"
echo "machine: nproc $(nproc), $(uptime)"
echo "period: $PERIOD"

TABLE=$WORK/table
printf '%-8s %9s %8s %8s %10s %9s %9s %9s %9s %6s %s\n' db accounts seed_s run_s billed/s idle_p99 run_p99 run_rps errors twice "ledger drift" >"$TABLE"

for db in $BACKENDS; do
  case $db in
    sqlite) N=$SQLITE_ACCOUNTS; URL="sqlite://$WORK/scale.db" ;;
    postgres) N=$PG_ACCOUNTS; PG_DB="mymts_scale_$$"; URL="$PG_ADMIN_URL/$PG_DB" ;;
    *) echo "unknown backend $db" >&2; exit 2 ;;
  esac
  PORT=$(free_port)
  start_server() {
    MYMTS_BIND=127.0.0.1:$PORT MYMTS_DATABASE_URL=$URL MYMTS_DEV=true MYMTS_LOG_FILTER=warn \
      MYMTS_JOBS_INTERVAL_SECS=0 MYMTS_DIST_DIR=$WORK "$BIN/server" >>"$WORK/server-$db.log" 2>&1 &
    SPID=$!; PIDS+=("$SPID")
    wait_up "http://127.0.0.1:$PORT/api/health"
  }
  start_server
  # Bring this month's fees of the demo accounts up to date first, so the run below is
  # exactly the new period's.
  curl -fs -X POST -H 'content-type: application/json' -d '{}' "http://127.0.0.1:$PORT/api/dev/jobs/run" >/dev/null
  kill "$SPID"; wait "$SPID" 2>/dev/null || true
  "$BIN/examples/scale" seed "$URL" "$N" >"$WORK/seed-$db"
  cat "$WORK/seed-$db"
  SEED=$(grep '^RESULT' "$WORK/seed-$db")
  start_server
  IDLE=$("$BIN/examples/load" dashboard --url "http://127.0.0.1:$PORT" --connections "$CONNECTIONS" --seconds 5 | grep '^RESULT')
  echo "$db: dashboard idle: $IDLE"

  "$BIN/examples/load" dashboard --url "http://127.0.0.1:$PORT" --connections "$CONNECTIONS" --seconds "$LOAD_SECONDS" >"$WORK/load-$db" &
  LPID=$!
  T0=$(now_s)
  REPORT=$(curl -fsS -X POST -H 'content-type: application/json' -d "{\"now\":\"$AT\"}" --max-time 3600 "http://127.0.0.1:$PORT/api/dev/jobs/run")
  T1=$(now_s)
  wait "$LPID"
  RUN=$(grep '^RESULT' "$WORK/load-$db")
  RUN_S=$(python3 -c "print(f'{$T1-$T0:.1f}')")
  echo "$db: job run $RUN_S s: $REPORT"
  echo "$db: dashboard during the run: $RUN"
  "$BIN/examples/scale" check "$URL" "$PERIOD" >"$WORK/check-$db"
  cat "$WORK/check-$db"
  CHECK=$(grep '^RESULT' "$WORK/check-$db")
  LEDGER=$(curl -fs "http://127.0.0.1:$PORT/api/dev/ledger-check")
  DRIFT=$(python3 -c 'import json,sys; print(len(json.load(sys.stdin)["mismatches"]))' <<<"$LEDGER")
  ENTRIES=$(field entries "$CHECK"); TARIFFED=$(field tariffed "$CHECK")
  BILLED=$(python3 -c "print(int($ENTRIES/max($T1-$T0,0.001)))")
  printf '%-8s %9s %8s %8s %10s %9s %9s %9s %9s %6s %s\n' "$db" "$N" "$(field seed_s "$SEED")" "$RUN_S" "$BILLED" \
    "$(field p99_ms "$IDLE")" "$(field p99_ms "$RUN")" "$(field rps "$RUN")" "$(field errors "$RUN")" "$(field twice "$CHECK")" "$DRIFT" >>"$TABLE"
  kill "$SPID"; wait "$SPID" 2>/dev/null || true
  if [[ $db == postgres ]]; then psql -q "$PG_ADMIN_URL/postgres" -c "DROP DATABASE IF EXISTS $PG_DB" >/dev/null; PG_DB=""; fi
  if [[ $DRIFT != 0 || $(field twice "$CHECK") != 0 || $(field keys "$CHECK") != "$TARIFFED" ]]; then
    echo "FAILED: $CHECK drift=$DRIFT" >&2; cat "$TABLE"; exit 1
  fi
done
echo
cat "$TABLE"
