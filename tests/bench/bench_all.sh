#!/usr/bin/env bash
# Every benchmark of issue 15, one after another, and one JSON object with all their figures
# (each script's own JSON line under its name). Figures are printed, never asserted.
# Usage: tests/bench/bench_all.sh [BUILD_DIR (a Release tree, default build-rel)] [quick]
#   quick: smaller data sets (10,000 organizations and accounts) for a run of a few minutes.
# Needs wrk, curl, jq and python3 (apt-get install -y wrk curl jq python3). Loopback only.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BUILD=${1:-$HERE/../../build-rel}
if [[ "${2:-}" == quick ]]; then
    ORGS=10000 ACCOUNTS=10000 BIG_ACCOUNTS=10000 RUNS=1 WRK=3s
else
    ORGS=100000 ACCOUNTS=10000 BIG_ACCOUNTS=1000000 RUNS=3 WRK=5s
fi

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
declare -A RESULTS=()
run() { # name, command...: keeps the command's last stdout line (its JSON)
    local name=$1
    shift
    echo "== $name: $*" >&2
    local line
    line=$("$@" | tail -n 1)
    RESULTS[$name]=$line
}
run gui_organizations "$HERE/bench_measure_load.sh" "$BUILD" "$ORGS" "$RUNS" organizations
run gui_agentkit "$HERE/bench_measure_load.sh" "$BUILD" "$ACCOUNTS" "$RUNS" agentkit
run gui_agentkit_big "$HERE/bench_measure_load.sh" "$BUILD" "$BIG_ACCOUNTS" 1 agentkit
run startup "$HERE/bench_startup.sh" "$BUILD" 9
run export "$HERE/bench_export.sh" "$BUILD" "$ORGS" "$BIG_ACCOUNTS"
run sandbox_accounts "$HERE/bench_sandbox_accounts.sh" "$BUILD/bin/scalekit-sandbox" "$BIG_ACCOUNTS" "$WRK"
# bench_sandbox.sh prints wrk's report: keep its request rate.
echo "== sandbox_organizations_page" >&2
rps=$("$HERE/bench_sandbox.sh" "$BUILD/bin/scalekit-sandbox" "$WRK" | awk '/^Requests\/sec:/ {print $2}' | tail -n 1)
RESULTS[sandbox_organizations_page]="{\"requests_per_s\": ${rps:-null}}"

{
    echo "{"
    first=1
    for name in gui_organizations gui_agentkit gui_agentkit_big startup export sandbox_accounts sandbox_organizations_page; do
        line=${RESULTS[$name]}
        # bench_measure_load.sh ends with "median of N runs: {...}"
        line=${line#median of * runs: }
        [[ $first == 1 ]] || echo ","
        first=0
        printf '  "%s": %s' "$name" "${line:-null}"
    done
    echo
    echo "}"
} >"$WORK/all.json"
# Pretty-printed; as it came if a script printed something that is not JSON (never lost).
python3 -c 'import json,sys; print(json.dumps(json.load(open(sys.argv[1])), indent=2))' "$WORK/all.json" \
    || { cat "$WORK/all.json"; exit 1; }
