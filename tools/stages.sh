#!/usr/bin/env bash
# Runs `make STAGE` for each stage named, printing how long each took (as it ends and as a
# table at the end). Stops at the first stage that fails, and says which.
set -uo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
declare -a names times
for stage in "$@"; do
  t0=$(date +%s)
  printf '\n\033[1m==> make %s\033[0m (%s)\n' "$stage" "$(date +%T)"
  make --no-print-directory "$stage"
  code=$?
  t=$(( $(date +%s) - t0 ))
  names+=("$stage"); times+=("$t")
  # Built once: the stages after `build` use what it made.
  [ "$stage" = build ] && [ $code -eq 0 ] && export ONE_BUILD_DONE=1
  printf '\033[1m<== make %s: %dm%02ds%s\033[0m\n' "$stage" $((t / 60)) $((t % 60)) "$([ $code -eq 0 ] || echo ", FAILED ($code)")"
  if [ $code -ne 0 ]; then
    echo "make test: stage '$stage' failed" >&2
    exit $code
  fi
done
total=$(( $(date +%s) - start ))
echo
echo "stage times ($(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)):"
for i in "${!names[@]}"; do printf '  %-16s %4dm%02ds\n' "${names[$i]}" $((times[i] / 60)) $((times[i] % 60)); done
printf '  %-16s %4dm%02ds\n' total $((total / 60)) $((total % 60))
echo "make test: all checks passed"
