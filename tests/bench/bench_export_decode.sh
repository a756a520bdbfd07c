#!/usr/bin/env bash
# The console's own CPU per export page, without the network (issue 15; figures printed, never
# asserted): starts one scalekit-sandbox with ORGS organizations and ACCOUNTS connected accounts
# on 127.0.0.1, saves the first PAGES page bodies of each list (tests/bench/fetch_pages.py), stops
# it, then runs build/tests/bench_export_decode over them: per page, what `scalekit-console
# export RESOURCE --format csv` does once the body has arrived (json::Tape parse, the
# next_page_token read, decodeTapePage, FieldCells + ExportWriter CSV rows into /dev/null).
# Prints one JSON object: CPU µs per page (median of RUNS runs) for organizations and accounts.
# Usage: tests/bench/bench_export_decode.sh [build dir, default build-rel] [pages, default 50] [runs, default 7] [orgs, default 100000] [accounts, default 200000]
set -euo pipefail

BUILD=${1:-$(dirname "$0")/../../build-rel}
PAGES=${2:-50}
RUNS=${3:-7}
ORGS=${4:-100000}
ACCOUNTS=${5:-200000}
HERE=$(cd "$(dirname "$0")" && pwd)
BIN="$BUILD/bin/scalekit-sandbox"
# shellcheck source=tests/bench/sandbox_common.sh
source "$HERE/sandbox_common.sh"
start_sandbox_env --organizations "$ORGS" --connected-accounts "$ACCOUNTS"
mkdir -p "$WORK/pages"
python3 "$HERE/fetch_pages.py" organizations "$PAGES" "$WORK/pages"
python3 "$HERE/fetch_pages.py" connected-accounts "$PAGES" "$WORK/pages"
stop_sandbox
"$BUILD/tests/bench_export_decode" "$WORK/pages" "$RUNS" ${CSV_OUT:+"$CSV_OUT"}
