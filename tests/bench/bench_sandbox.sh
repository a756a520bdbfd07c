#!/usr/bin/env bash
# Sandbox benchmark (figures printed, never asserted):
#   1. start-up time with --organizations 100000 (and with 1,000,000 connected accounts),
#   2. wrk with 4 keep-alive connections against GET /api/v1/organizations?page_size=100.
# Usage: tests/bench/bench_sandbox.sh [path/to/scalekit-sandbox] [duration, default 10s]
# Needs wrk (apt-get install -y wrk), curl and jq. Talks to 127.0.0.1 only.
set -euo pipefail

BIN=${1:-$(dirname "$0")/../../build/bin/scalekit-sandbox}
DURATION=${2:-10s}
# shellcheck source=tests/bench/sandbox_common.sh
source "$(dirname "$0")/sandbox_common.sh"

echo "== start-up =="
for args in "--organizations 100000" "--organizations 100000 --connected-accounts 1000000"; do
    # shellcheck disable=SC2086
    start_sandbox $args
    secs=$(cat "$WORK/secs")
    rss=$(ps -o rss= -p "$PID")
    echo "scalekit-sandbox $args: serving after ${secs}s ($(grep -o 'ready in [0-9]* ms' "$WORK/err" | head -1) of data), RSS $((rss / 1024)) MiB"
    stop_sandbox
done

echo "== throughput: GET /api/v1/organizations?page_size=100, 4 keep-alive connections, $DURATION =="
start_sandbox --organizations 100000
# shellcheck disable=SC1090
source <(sed 's/^/export /' "$WORK/out")
TOKEN=$(curl -s -d grant_type=client_credentials -d "client_id=$SCALEKIT_CLIENT_ID" \
        -d "client_secret=$SCALEKIT_CLIENT_SECRET" "$SCALEKIT_ENV_URL/oauth/token" | jq -r .access_token)
BYTES=$(curl -s -H "Authorization: Bearer $TOKEN" "$SCALEKIT_ENV_URL/api/v1/organizations?page_size=100" | wc -c)
echo "response size: $BYTES bytes"
wrk -t2 -c4 -d"$DURATION" --latency -H "Authorization: Bearer $TOKEN" \
    "$SCALEKIT_ENV_URL/api/v1/organizations?page_size=100"
stop_sandbox
