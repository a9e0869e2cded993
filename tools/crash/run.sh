#!/usr/bin/env bash
# Crash safety of money (issue 10 item 2): top-up load with idempotency keys and client
# retries (tools/crash/client.py) against the release server, which is kill -9'd at random
# moments KILLS times (default 6) and restarted on the same database; then every payment the
# client saw acknowledged must exist exactly once, none twice, and every cached balance must
# equal its ledger sum. On SQLite and on PostgreSQL (a fresh database per run, dropped after).
#
#   tools/crash/run.sh                    # both databases
#   BACKENDS=sqlite KILLS=10 tools/crash/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
KILLS=${KILLS:-6}
WORKERS=${WORKERS:-8}
BACKENDS=${BACKENDS:-sqlite postgres}
PG_ADMIN_URL=${PG_ADMIN_URL:-postgres://root@127.0.0.1:5432}
export CARGO_TERM_COLOR=never

[[ ${SKIP_BUILD:-0} == 1 ]] || cargo build --release -q -p server --bin server
WORK=$(mktemp -d /tmp/mymts-crash.XXXXXX)
SPID=""
PG_DB=""
cleanup() {
  if [[ -n $SPID ]]; then kill "$SPID" 2>/dev/null || true; wait "$SPID" 2>/dev/null || true; fi
  if [[ -n $PG_DB ]]; then psql -q "$PG_ADMIN_URL/postgres" -c "DROP DATABASE IF EXISTS $PG_DB" >/dev/null 2>&1 || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1]);s.close()'; }
wait_up() { for _ in $(seq 1 600); do curl -fs "$1" >/dev/null 2>&1 && return 0; sleep 0.1; done; echo "not up: $1" >&2; return 1; }

echo "machine: nproc $(nproc), $(uptime)"
FAILED=0
for db in $BACKENDS; do
  case $db in
    sqlite) URL="sqlite://$WORK/crash.db" ;;
    postgres) PG_DB="mymts_crash_$$"; URL="$PG_ADMIN_URL/$PG_DB"
              psql -q "$PG_ADMIN_URL/postgres" -c "DROP DATABASE IF EXISTS $PG_DB" >/dev/null ;;
    *) echo "unknown backend $db" >&2; exit 2 ;;
  esac
  PORT=$(free_port)
  start() {
    MYMTS_BIND=127.0.0.1:$PORT MYMTS_DATABASE_URL=$URL MYMTS_DEV=true MYMTS_LOG_FILTER=warn \
      MYMTS_JOBS_INTERVAL_SECS=0 MYMTS_DIST_DIR=$WORK "$ROOT/target/release/server" >>"$WORK/server-$db.log" 2>&1 &
    SPID=$!
  }
  start
  wait_up "http://127.0.0.1:$PORT/api/health"
  rm -f "$WORK/stop"
  python3 tools/crash/client.py --url "http://127.0.0.1:$PORT" --db "$URL" --stop-file "$WORK/stop" \
    --workers "$WORKERS" >"$WORK/client-$db.out" 2>&1 &
  CPID=$!
  sleep 2
  for k in $(seq 1 "$KILLS"); do
    # a random moment 0.3–2.3 s into the load
    sleep "$(awk -v r=$RANDOM 'BEGIN {printf "%.2f", 0.3 + r / 32768 * 2}')"
    kill -9 "$SPID"; wait "$SPID" 2>/dev/null || true
    echo "$db: kill -9 #$k at $(date +%T.%N | cut -c1-12)"
    sleep "$(awk -v r=$RANDOM 'BEGIN {printf "%.2f", r / 32768 * 0.5}')"
    start
    wait_up "http://127.0.0.1:$PORT/api/health"
  done
  sleep 2
  touch "$WORK/stop"
  if wait "$CPID"; then RESULT=ok; else RESULT=FAILED; FAILED=1; fi
  echo "$db: $KILLS kills, $(cat "$WORK/client-$db.out") -> $RESULT"
  kill "$SPID"; wait "$SPID" 2>/dev/null || true; SPID=""
  if [[ $db == postgres ]]; then psql -q "$PG_ADMIN_URL/postgres" -c "DROP DATABASE IF EXISTS $PG_DB" >/dev/null; PG_DB=""; fi
done
exit $FAILED
