#!/usr/bin/env bash
# Connected-account pages over a large sandbox (issue 15; figures printed, never asserted).
# Starts scalekit-sandbox --connected-accounts N, records start-up time and RSS, then runs wrk
# (4 keep-alive connections, page_size 99) against GET /api/v1/connected_accounts:
#   unfiltered      the first page
#   by_connection   connection_names=<a connection>
#   by_identifier   identifier=<a user's email>
#   deep_page       connection_names=<a connection>, page_token near the end of that list
#   deep_unfiltered unfiltered, page_token near the end of the whole list
# and prints one JSON object with req/s per case (target: >= 2000 each) on the last line, with the
# sandbox's CPU time per request (user + system, from /proc) beside it: on a machine shared with
# other work, req/s follows the load while CPU per request does not (1e6 / cpu_us = req/s per core).
# Usage: tests/bench/bench_sandbox_accounts.sh [path/to/scalekit-sandbox] [accounts, default 1000000] [duration, default 5s]
# Needs wrk (apt-get install -y wrk), curl and jq. Talks to 127.0.0.1 only.
set -euo pipefail

BIN=${1:-$(dirname "$0")/../../build-rel/bin/scalekit-sandbox}
ACCOUNTS=${2:-1000000}
DURATION=${3:-5s}
# shellcheck source=tests/bench/sandbox_common.sh
source "$(dirname "$0")/sandbox_common.sh"
start_sandbox --connected-accounts "$ACCOUNTS"
STARTUP=$(cat "$WORK/secs")
RSS_MB=$(($(ps -o rss= -p "$PID") / 1024))
TICKS=$(getconf CLK_TCK)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$PID/stat"; }
STARTUP_CPU=$(echo "scale=2; $(cpu_ticks) / $TICKS" | bc)
echo "scalekit-sandbox --connected-accounts $ACCOUNTS: serving after ${STARTUP}s (${STARTUP_CPU}s CPU), RSS ${RSS_MB} MiB" >&2

# shellcheck disable=SC1090
source <(sed 's/^/export /' "$WORK/out")
TOKEN=$(curl -s -d grant_type=client_credentials -d "client_id=$SCALEKIT_CLIENT_ID" \
        -d "client_secret=$SCALEKIT_CLIENT_SECRET" "$SCALEKIT_ENV_URL/oauth/token" | jq -r .access_token)
BASE="$SCALEKIT_ENV_URL/api/v1/connected_accounts?page_size=99"
get() { curl -sf -H "Authorization: Bearer $TOKEN" "$1"; }

FIRST=$(get "$BASE")
CONNECTION=$(jq -r '.connected_accounts[0].connector' <<<"$FIRST")
IDENTIFIER=$(jq -r '.connected_accounts[0].identifier' <<<"$FIRST")
TOTAL=$(jq -r '.total_size' <<<"$FIRST")
BY_CONN_TOTAL=$(get "$BASE&connection_names=$CONNECTION" | jq -r .total_size)
# A deep page: page tokens are opaque to clients; this script mints one the way sandbox/paging.cpp
# encodes it (an offset into the filtered list), checks the sandbox accepts it, and benchmarks it.
token_at() { printf 'o:%s' "$1" | base64 | tr '+/' '-_' | tr -d '=\n'; }
DEEP_CONN_TOKEN=$(token_at $((BY_CONN_TOTAL - 150)))
DEEP_ALL_TOKEN=$(token_at $((TOTAL - 150)))

declare -A URLS=(
    [unfiltered]="$BASE"
    [by_connection]="$BASE&connection_names=$CONNECTION"
    [by_identifier]="$BASE&identifier=$IDENTIFIER"
    [deep_page]="$BASE&connection_names=$CONNECTION&page_token=$DEEP_CONN_TOKEN"
    [deep_unfiltered]="$BASE&page_token=$DEEP_ALL_TOKEN"
)
echo "total $TOTAL accounts; $CONNECTION: $BY_CONN_TOTAL; identifier $IDENTIFIER" >&2

# bc writes ".88" for numbers under 1, which JSON does not accept: through printf.
JSON="{\"accounts\": $ACCOUNTS, \"startup_s\": $(printf '%.3f' "$STARTUP"), \"startup_cpu_s\": $(printf '%.2f' "$STARTUP_CPU"), \"rss_mb\": $RSS_MB"
for name in unfiltered by_connection by_identifier deep_page deep_unfiltered; do
    url=${URLS[$name]}
    items=$(get "$url" | jq '.connected_accounts | length')
    before=$(cpu_ticks)
    out=$(wrk -t2 -c4 -d"$DURATION" -H "Authorization: Bearer $TOKEN" "$url")
    after=$(cpu_ticks)
    rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
    requests=$(awk '/requests in/ {print $1}' <<<"$out")
    cpu_us=$(echo "($after - $before) * 1000000 / $TICKS / $requests" | bc)
    errors=$(grep -c 'Non-2xx' <<<"$out" || true)
    echo "$name: $rps req/s, ${cpu_us} us CPU per request ($items items per page, non-2xx lines: $errors)" >&2
    JSON+=", \"$name\": $rps, \"${name}_cpu_us\": $cpu_us"
done
echo "$JSON}"
