# Sourced by the sandbox benchmarks. Needs BIN (the scalekit-sandbox binary); makes a scratch
# directory WORK, sets PID, and stops the sandbox and removes WORK on exit. 127.0.0.1 only.

WORK=$(mktemp -d)
PID=""
cleanup() { [[ -n "$PID" ]] && kill "$PID" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

start_sandbox() { # args...: starts, waits (up to 60 s) for the three lines, writes seconds until ready to $WORK/secs
    local t0 t1
    t0=$(date +%s.%N)
    "$BIN" --host 127.0.0.1 --port 0 "$@" >"$WORK/out" 2>"$WORK/err" &
    PID=$!
    for _ in $(seq 1 6000); do
        grep -q '^SCALEKIT_CLIENT_SECRET=' "$WORK/out" 2>/dev/null && break
        sleep 0.01
    done
    t1=$(date +%s.%N)
    echo "$t1 - $t0" | bc >"$WORK/secs"
}

stop_sandbox() { kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""; }

start_sandbox_env() { # args...: start_sandbox, then exports its SCALEKIT_* lines (exits when it did not start)
    start_sandbox "$@"
    grep -q '^SCALEKIT_CLIENT_SECRET=' "$WORK/out" || { cat "$WORK/err" >&2; exit 1; }
    set -a
    # shellcheck disable=SC1090
    source <(grep '^SCALEKIT_' "$WORK/out")
    set +a
}
