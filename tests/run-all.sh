#!/usr/bin/env bash
# Builds the whole project once, with AddressSanitizer + UndefinedBehaviorSanitizer (build-asan/),
# and runs every test there (unit, integration and UI) with LeakSanitizer on, as CI does.
# One sanitized build instead of a plain one plus a sanitized one halves CI's compile time;
# -O0 with line tables is enough for the sanitizers' stack traces.
# Then builds the libFuzzer targets with clang (build-fuzz/) and gives each a short smoke run
# (SCALEKIT_FUZZ_SECONDS, default 15; tests/fuzz/run-fuzzers.sh runs them longer).
# Expects the Debian packages to be there (packaging/install-deps.sh).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
jobs=$(nproc)

echo "== build (ASan + UBSan)"
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O0 -g1" -DSCALEKIT_SANITIZE=ON \
    -DSCALEKIT_BUILD_UI_TESTS=ON >/dev/null
cmake --build build-asan -j"$jobs"

echo "== every test under ASan + UBSan + LSan"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1"
export LSAN_OPTIONS="suppressions=$root/tests/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
tests/run-in-session.sh ctest --test-dir build-asan --output-on-failure -j"$jobs"

echo "== fuzz smoke (libFuzzer, ${SCALEKIT_FUZZ_SECONDS:-15}s per target)"
CXX=clang++-14 cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1" \
    -DSCALEKIT_FUZZ=ON -DSCALEKIT_BUILD_GUI=OFF -DSCALEKIT_BUILD_TESTS=OFF >/dev/null
cmake --build build-fuzz -j"$jobs"
tests/fuzz/run-fuzzers.sh build-fuzz "${SCALEKIT_FUZZ_SECONDS:-15}"
