#!/usr/bin/env bash
# GUI load benchmark (figures printed, never asserted): runs
#   scalekit-console --sandbox --sandbox-organizations N --measure-load TAB
# RUNS times (offscreen) and prints each JSON line, then the median of every figure.
# Targets (issue 10), 100,000 organizations on a 2-core machine: first_rows_ms <= 100,
# rows_per_s >= 50,000, max_gui_stall_ms <= 50, bytes_per_row <= 250.
# Usage: tests/bench/bench_measure_load.sh [console binary] [rows, default 100000] [runs, default 3] [tab]
# Talks to the embedded sandbox on 127.0.0.1 only.
set -euo pipefail
BIN=${1:-$(dirname "$0")/../../build/bin/scalekit-console}
ROWS=${2:-100000}
RUNS=${3:-3}
TAB=${4:-organizations}
case "$TAB" in
    organizations) SEED=(--sandbox-organizations "$ROWS") ;;
    users) SEED=(--sandbox-users "$ROWS") ;;
    *) SEED=() ;;
esac
export QT_QPA_PLATFORM=offscreen
lines=()
for _ in $(seq 1 "$RUNS"); do
    line=$("$BIN" --sandbox "${SEED[@]}" --measure-load "$TAB" 2>/dev/null | tail -n 1)
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
