#!/usr/bin/env bash
# Writes .br and .gz beside every compressible file in dist/ (the server serves them
# precompressed, so it never compresses the SPA per request).
set -euo pipefail
dist=${1:-dist}
count=0
while IFS= read -r -d '' file; do
  brotli --force --keep --quality=11 "$file"
  gzip --force --keep --best "$file"
  count=$((count + 1))
done < <(find "$dist" -type f \( -name '*.html' -o -name '*.js' -o -name '*.wasm' -o -name '*.css' \
  -o -name '*.svg' -o -name '*.json' -o -name '*.webmanifest' \) -print0)
echo "compressed $count files in $dist (brotli q11 + gzip -9)"
