#!/usr/bin/env bash
# Fails when the initial load (index.html + js + wasm + css, brotli) exceeds the budget.
# The service worker (sw.js) and the offline page's stylesheet are not part of it.
set -euo pipefail
dist=${1:-dist}
budget=${BUNDLE_BUDGET_BYTES:-256000}   # 250 KiB
total=0
printf '%-48s %10s %10s\n' file raw brotli
for file in "$dist"/index.html "$dist"/*.js "$dist"/*.wasm "$dist"/*.css; do
  [ -f "$file" ] || continue
  # Not part of the initial load: the service worker is fetched after the page has loaded,
  # its offline page's stylesheet only without a connection.
  case "$(basename "$file")" in sw.js | offline.css) continue ;; esac
  raw=$(stat -c %s "$file")
  br=$(brotli --quality=11 --stdout "$file" | wc -c)
  total=$((total + br))
  printf '%-48s %10d %10d\n' "$(basename "$file")" "$raw" "$br"
done
awk -v t="$total" -v b="$budget" 'BEGIN { printf "initial load: %d bytes brotli (%.1f KiB) of a %d-byte (%.0f KiB) budget\n", t, t / 1024, b, b / 1024 }'
if [ "$total" -gt "$budget" ]; then
  echo "error: the initial load is over budget by $((total - budget)) bytes" >&2
  exit 1
fi
