#!/usr/bin/env bash
# Starts the release server with demo data on a throw-away SQLite file and runs the
# Lighthouse budgets (budgets.mjs) against it. Needs `make build` first.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
port=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})")
tmp=$(mktemp -d)
MYMTS_BIND=127.0.0.1:$port MYMTS_DATABASE_URL="sqlite://$tmp/lighthouse.db" \
  MYMTS_DIST_DIR="$root/dist" MYMTS_DEV=true MYMTS_LOG_FILTER=warn \
  MYMTS_PUBLIC_URL="http://127.0.0.1:$port" "$root/target/release/server" &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$tmp"' EXIT
for _ in $(seq 1 100); do
  curl -fsS "http://127.0.0.1:$port/api/health" >/dev/null 2>&1 && break
  sleep 0.2
done
curl -fsS "http://127.0.0.1:$port/api/health" >/dev/null 2>&1 || {
  echo "error: the server did not start (see its output above)" >&2
  exit 1
}
node "$root/tools/lighthouse/budgets.mjs" "http://127.0.0.1:$port"
