#!/usr/bin/env bash
# What a first visit downloads (index.html + js + wasm + css, brotli as served) against its
# budget, file by file; then what makes the WebAssembly big (twiggy, on the linked module
# before wasm-bindgen and wasm-opt strip its names). The app is one build: every route loads
# the same files, and moving between routes downloads nothing more.
set -euo pipefail
dist=${1:-dist}
# The budget holds today's figure (measured 2026-12-07: 533.8 KiB) with a little room, so a
# regression fails; the goal is far lower (main module <= 150 KiB once pages load in parts).
budget=${BUNDLE_BUDGET_BYTES:-552960}   # 540 KiB
total=0
printf '%-44s %10s %10s\n' file raw brotli
for file in "$dist"/index.html "$dist"/*.js "$dist"/*.wasm "$dist"/*.css; do
  [ -f "$file" ] || continue
  # Not part of the first load: the service worker is fetched after the page has loaded, its
  # offline page's stylesheet only without a connection.
  case "$(basename "$file")" in sw.js | offline.css) continue ;; esac
  raw=$(stat -c %s "$file")
  br=$(brotli --quality=11 --stdout "$file" | wc -c)
  total=$((total + br))
  printf '%-44s %10d %10d\n' "$(basename "$file")" "$raw" "$br"
done
awk -v t="$total" -v b="$budget" 'BEGIN { printf "first load (every route): %d bytes brotli (%.1f KiB) of a %d-byte (%.0f KiB) budget\n", t, t / 1024, b, b / 1024 }'

linked=target/wasm32-unknown-unknown/wasm-release/app.wasm
if command -v twiggy >/dev/null && [ -f "$linked" ]; then
  echo
  echo "largest items of the linked wasm (twiggy top 20, before wasm-bindgen and wasm-opt; sizes shrink ~40 % after):"
  twiggy top -n 20 "$linked" | cut -c1-150
  echo
  echo "generic functions instantiated most (twiggy monos, top 10):"
  twiggy monos -m 10 -n 0 "$linked" | grep -v "and [0-9]* more" | cut -c1-150
fi
if [ "$total" -gt "$budget" ]; then
  echo "error: the first load is over budget by $((total - budget)) bytes" >&2
  exit 1
fi
