#!/usr/bin/env bash
# Export benchmark (issue 15; figures printed, never asserted). Starts one scalekit-sandbox with
# ORGS organizations and ACCOUNTS connected accounts on 127.0.0.1, then, side by side in the same
# run, times `scalekit-console export RESOURCE --format csv --output FILE` and the plain Python
# stdlib script tests/bench/export_reference.py (urllib + json + csv, same paging, same columns)
# for organizations (page size 100) and connected accounts (page size 99): wall time and peak RSS
# (/usr/bin/time), the two files' row counts (they must match) and the ratio python / console.
# Target: ratio >= 5 and console peak RSS < 150 MB for both.
# Fairness: one untimed pass of each client first (the sandbox encodes an organization's JSON
# on its first request and keeps it, so whichever client ran first paid for that), then RUNS
# timed rounds, alternating which client goes first; the figures are the medians.
# Prints a human line per resource on stderr and one JSON object on the last line of stdout.
# Usage: tests/bench/bench_export.sh [build dir, default build-rel] [orgs, default 100000] [accounts, default 1000000] [runs, default 3]
# Needs python3, awk, bc and /usr/bin/time (apt-get install -y time). Talks to 127.0.0.1 only.
set -euo pipefail

BUILD=${1:-$(dirname "$0")/../../build-rel}
ORGS=${2:-100000}
ACCOUNTS=${3:-1000000}
RUNS=${4:-3}
HERE=$(cd "$(dirname "$0")" && pwd)
BIN="$BUILD/bin/scalekit-sandbox"
CONSOLE="$BUILD/bin/scalekit-console"
# shellcheck source=tests/bench/sandbox_common.sh
source "$HERE/sandbox_common.sh"
start_sandbox_env --organizations "$ORGS" --connected-accounts "$ACCOUNTS"
export XDG_CONFIG_HOME="$WORK/config" QT_QPA_PLATFORM=offscreen

# timed OUT_PREFIX COMMAND...: runs it, writes "seconds peak_kib" to OUT_PREFIX.time
timed() {
    local prefix=$1
    shift
    /usr/bin/time -f '%e %M' -o "$prefix.time" "$@" >/dev/null 2>"$prefix.err" || {
        echo "failed: $*" >&2
        cat "$prefix.err" >&2
        exit 1
    }
}
csv_rows() { python3 -c 'import csv,sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], newline=""))) - 1)' "$1"; }

JSON="{\"orgs\": $ORGS, \"accounts\": $ACCOUNTS, \"sandbox_startup_s\": $(awk '{ printf "%.2f", $1 }' "$WORK/secs")"
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
for resource in organizations connected-accounts; do
    # the untimed warm-up pass of each
    timed "$WORK/console-$resource" "$CONSOLE" export "$resource" --format csv --quiet --output "$WORK/console-$resource.csv"
    timed "$WORK/python-$resource" python3 "$HERE/export_reference.py" "$resource" "$WORK/python-$resource.csv"
    c_times=() c_peaks=() p_times=() p_peaks=()
    for round in $(seq 1 "$RUNS"); do
        order=(console python)
        ((round % 2 == 0)) && order=(python console)
        for who in "${order[@]}"; do
            if [[ $who == console ]]; then
                timed "$WORK/console-$resource" "$CONSOLE" export "$resource" --format csv --quiet --output "$WORK/console-$resource.csv"
                read -r s kib <"$WORK/console-$resource.time"
                c_times+=("$s") c_peaks+=("$kib")
            else
                timed "$WORK/python-$resource" python3 "$HERE/export_reference.py" "$resource" "$WORK/python-$resource.csv"
                read -r s kib <"$WORK/python-$resource.time"
                p_times+=("$s") p_peaks+=("$kib")
            fi
        done
    done
    c_s=$(median "${c_times[@]}") p_s=$(median "${p_times[@]}")
    c_kib=$(printf '%s\n' "${c_peaks[@]}" | sort -n | tail -n 1) p_kib=$(printf '%s\n' "${p_peaks[@]}" | sort -n | tail -n 1)
    c_rows=$(csv_rows "$WORK/console-$resource.csv")
    p_rows=$(csv_rows "$WORK/python-$resource.csv")
    [[ "$c_rows" == "$p_rows" ]] || { echo "$resource: console wrote $c_rows rows, python $p_rows" >&2; exit 1; }
    same=$(cmp -s "$WORK/console-$resource.csv" "$WORK/python-$resource.csv" && echo true || echo false)
    ratio=$(awk -v p="$p_s" -v c="$c_s" 'BEGIN { printf "%.2f", p / c }')
    key=${resource//-/_}
    echo "$resource: $c_rows rows; console ${c_s} s (${c_times[*]}), $((c_kib / 1024)) MB peak; python ${p_s} s (${p_times[*]}), $((p_kib / 1024)) MB peak; ratio ${ratio}x (target >= 5, console < 150 MB)" >&2
    JSON+=", \"${key}_rows\": $c_rows, \"${key}_console_s\": $c_s, \"${key}_console_peak_mb\": $((c_kib / 1024))"
    JSON+=", \"${key}_python_s\": $p_s, \"${key}_python_peak_mb\": $((p_kib / 1024)), \"${key}_ratio\": $ratio"
    JSON+=", \"${key}_identical_csv\": $same"
done
JSON+=", \"runs\": $RUNS, \"load_average\": \"$(cut -d' ' -f1-3 /proc/loadavg)\""
echo "$JSON}"
