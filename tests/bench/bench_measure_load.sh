#!/usr/bin/env bash
# GUI load benchmark (figures printed, never asserted). Starts a scalekit-sandbox with ROWS
# organizations on 127.0.0.1 (its own process, so the console's memory is the console's), then
# runs `scalekit-console --measure-load TAB` RUNS times against it (offscreen) and prints each
# JSON line and the median of every figure.
# Targets (issue 10), 100,000 organizations on a 2-core machine: first_rows_ms <= 100,
# rows_per_s >= 50,000, max_gui_stall_ms <= 50, bytes_per_row <= 250; filter_ms <= 100 (issue 15:
# the "Filter loaded rows" field over every loaded row; filter_rows is how many matched).
# Usage: tests/bench/bench_measure_load.sh [build dir, default build] [rows, default 100000] [runs, default 3] [tab]
#        [filter text, default "zq" (matches no seeded row: every column of every row is looked at);
#         "" measures no filter]
set -euo pipefail
BUILD=${1:-$(dirname "$0")/../../build}
ROWS=${2:-100000}
RUNS=${3:-3}
TAB=${4:-organizations}
FILTER=${5-zq}
FILTER_ARGS=()
[[ -n "$FILTER" ]] && FILTER_ARGS=(--measure-filter "$FILTER")
case "$TAB" in
    users) SEED=(--users "$ROWS") ;;
    agentkit) SEED=(--connected-accounts "$ROWS") ;;
    *) SEED=(--organizations "$ROWS") ;;
esac
WORK=$(mktemp -d)
PID=""
cleanup() { [[ -n "$PID" ]] && kill "$PID" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

"$BUILD/bin/scalekit-sandbox" --host 127.0.0.1 --port 0 "${SEED[@]}" >"$WORK/out" 2>"$WORK/err" &
PID=$!
for _ in $(seq 1 3000); do
    grep -q '^SCALEKIT_CLIENT_SECRET=' "$WORK/out" 2>/dev/null && break
    sleep 0.01
done
grep -q '^SCALEKIT_CLIENT_SECRET=' "$WORK/out" || { cat "$WORK/err" >&2; exit 1; }
set -a
# shellcheck disable=SC1090
source <(grep '^SCALEKIT_' "$WORK/out")
set +a

export QT_QPA_PLATFORM=offscreen
lines=()
for _ in $(seq 1 "$RUNS"); do
    line=$(XDG_CONFIG_HOME="$WORK/config" "$BUILD/bin/scalekit-console" --measure-load "$TAB" "${FILTER_ARGS[@]}" 2>/dev/null | tail -n 1)
    echo "$line"
    lines+=("$line")
done
printf '%s\n' "${lines[@]}" | python3 -c '
import json, statistics, sys
runs = [json.loads(l) for l in sys.stdin if l.strip()]
if any("error" in r for r in runs):
    sys.exit("a run failed: " + next(r["error"] for r in runs if "error" in r))
keys = [k for k in runs[0] if isinstance(runs[0][k], (int, float))]
print("median of %d runs: " % len(runs) + json.dumps({k: statistics.median(r[k] for r in runs) for k in keys}))
'
