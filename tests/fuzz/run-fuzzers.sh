#!/usr/bin/env bash
# Runs every libFuzzer target (or the ones named) for SECONDS each, one after the other, niced,
# each on a scratch copy of its seed corpus (tests/fuzz/corpus/<name>: the repo's seeds are read,
# never written). A crash leaves its input in BUILD/fuzz/artifacts/ and makes the script fail.
# Usage: tests/fuzz/run-fuzzers.sh [BUILD_DIR (default build-fuzz)] [SECONDS (default 600)] [name...]
# Build first:  CXX=clang++-14 cmake -S . -B build-fuzz -G Ninja -DSCALEKIT_FUZZ=ON \
#                   -DSCALEKIT_BUILD_GUI=OFF -DSCALEKIT_BUILD_TESTS=OFF && cmake --build build-fuzz
# Replay one finding: build-fuzz/fuzz/fuzz_<name> build-fuzz/fuzz/artifacts/crash-...
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:-$root/build-fuzz}
seconds=${2:-600}
shift 2 2>/dev/null || shift $#
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
    names=(httpparser httpresponse sandboxrequest entities tape errorbody statefile exportwriter)
fi
artifacts="$build/fuzz/artifacts"
mkdir -p "$artifacts"
failed=()
for name in "${names[@]}"; do
    binary="$build/fuzz/fuzz_$name"
    [ -x "$binary" ] || { echo "run-fuzzers: $binary is not built" >&2; failed+=("$name"); continue; }
    work=$(mktemp -d)
    cp "$root/tests/fuzz/corpus/$name"/* "$work"/ 2>/dev/null || true
    echo "== fuzz_$name for ${seconds}s"
    # -rss_limit_mb: a leak or an unbounded buffer shows as a finding too.
    if ! UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 ASAN_OPTIONS=detect_leaks=1 \
        nice -n 10 "$binary" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$artifacts/${name}-" "$work" >"$work.log" 2>&1; then
        failed+=("$name")
        grep -E "ERROR|SUMMARY|Test unit written|runtime error|threw|answered" "$work.log" | head -20
    fi
    grep -E "^stat::number_of_executed_units|^stat::new_units_added|^#[0-9]+.*DONE" "$work.log" | tr '\n' ' '
    echo
    rm -rf "$work" "$work.log"
done
if [ ${#failed[@]} -ne 0 ]; then
    echo "run-fuzzers: findings in: ${failed[*]} (inputs in $artifacts)" >&2
    exit 1
fi
echo "run-fuzzers: no findings"
