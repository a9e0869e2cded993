#!/usr/bin/env bash
# Scale-out (issue 10 item 5): two release server instances on one fresh PostgreSQL database
# behind a loopback round-robin reverse proxy (server/examples/proxy.rs); every request of a
# browser alternates between the instances. Runs the API check (tools/scaleout/check.py:
# sessions on either instance, top-up idempotency across instances, jobs on both at once run
# exactly once, no duplicate fee or auto-payment, no ledger drift) and then the Playwright
# payments spec through the proxy (E2E_BASE_URL), unless E2E=0.
#
#   tools/scaleout/run.sh
#   E2E=0 tools/scaleout/run.sh          # the API check only
#   SPECS="tests/money.spec.ts tests/insights.spec.ts" tools/scaleout/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
PG_ADMIN_URL=${PG_ADMIN_URL:-postgres://root@127.0.0.1:5432}
E2E=${E2E:-1}
SPECS=${SPECS:-tests/money.spec.ts}
export CARGO_TERM_COLOR=never
export PATH=$ROOT/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH

[[ ${SKIP_BUILD:-0} == 1 ]] || cargo build --release -q -p server --bin server --example proxy
WORK=$(mktemp -d /tmp/mymts-scaleout.XXXXXX)
PG_DB="mymts_scaleout_$$"
DB_URL=$PG_ADMIN_URL/$PG_DB
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
  psql -q "$PG_ADMIN_URL/postgres" -c "DROP DATABASE IF EXISTS $PG_DB" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1]);s.close()'; }
wait_up() { for _ in $(seq 1 600); do curl -fs "$1" >/dev/null 2>&1 && return 0; sleep 0.1; done; echo "not up: $1" >&2; return 1; }

# The check runs the job runner at the start of next month (dev runner with `now`). A
# periodic scheduler on the real clock (JOBS_INTERVAL_SECS=1) may claim a due job first with a
# lease that, seen from next month, has run out: the dev runner then takes it over and the
# first runner's finish is recorded as `lost` (no effect is written twice, but the report
# counts a failure). So the schedulers are off by default.
PA=$(free_port); PB=$(free_port); PP=$(free_port)
PUBLIC=http://127.0.0.1:$PP
instance() { # name port
  MYMTS_BIND=127.0.0.1:$2 MYMTS_DATABASE_URL=$DB_URL MYMTS_DEV=true MYMTS_LOG_FILTER=warn \
    MYMTS_DIST_DIR=$ROOT/dist MYMTS_PUBLIC_URL=$PUBLIC MYMTS_SECRET_KEY=scaleout-shared-secret \
    MYMTS_TRUST_FORWARDED_FOR=true MYMTS_JOBS_INTERVAL_SECS=${JOBS_INTERVAL_SECS:-0} \
    "$ROOT/target/release/server" >"$WORK/server-$1.log" 2>&1 &
  PIDS+=($!)
}
echo "machine: nproc $(nproc), $(uptime)"
psql -q "$PG_ADMIN_URL/postgres" -c "DROP DATABASE IF EXISTS $PG_DB" >/dev/null
instance a "$PA"; wait_up "http://127.0.0.1:$PA/api/health"   # A creates, migrates, seeds
instance b "$PB"; wait_up "http://127.0.0.1:$PB/api/health"
"$ROOT/target/release/examples/proxy" "127.0.0.1:$PP" "http://127.0.0.1:$PA" "http://127.0.0.1:$PB" \
  >"$WORK/proxy.log" 2>&1 & PIDS+=($!)
wait_up "$PUBLIC/api/health"
echo "instances A :$PA and B :$PB on $DB_URL behind the proxy $PUBLIC"

STATUS=0
python3 tools/scaleout/check.py --proxy "$PUBLIC" --a "http://127.0.0.1:$PA" --b "http://127.0.0.1:$PB" --db "$DB_URL" || STATUS=1

if [[ $E2E == 1 ]]; then
  echo "Playwright through the proxy: $SPECS"
  (cd e2e && E2E_BASE_URL=$PUBLIC npx playwright test $SPECS --project=desktop --reporter=list) || STATUS=1
  # The e2e runs also ran jobs (dev runner) and paid through both instances: check again.
  DONE_TWICE=$(psql -At "$DB_URL" -c "SELECT COUNT(*) FROM (SELECT job_id FROM job_runs WHERE outcome = 'done' GROUP BY job_id HAVING COUNT(*) > 1) t")
  PAY_TWICE=$(psql -At "$DB_URL" -c "SELECT COUNT(*) FROM (SELECT payment_id FROM ledger_entries WHERE kind = 'payment' GROUP BY payment_id HAVING COUNT(*) > 1) t")
  MISMATCH=$(curl -fs "$PUBLIC/api/dev/ledger-check" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["mismatches"]))')
  echo "after e2e: jobs done twice $DONE_TWICE, payments with two ledger entries $PAY_TWICE, ledger mismatches $MISMATCH"
  [[ $DONE_TWICE == 0 && $PAY_TWICE == 0 && $MISMATCH == 0 ]] || STATUS=1
  SERVED=$(grep -c . "$WORK/proxy.log" || true)
  echo "proxy errors logged: $SERVED"
fi
echo "runs by instance: $(psql -At "$DB_URL" -c "SELECT string_agg(runner || ' ' || n, ', ') FROM (SELECT runner, COUNT(*) n FROM job_runs GROUP BY runner) t")"
exit $STATUS
