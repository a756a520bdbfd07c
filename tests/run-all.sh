#!/usr/bin/env bash
# Builds and runs the whole test suite, as CI does:
#  1. the normal build (build/), every test;
#  2. an AddressSanitizer + UndefinedBehaviorSanitizer build (build-asan/), the unit and
#     integration tests.
# Expects the Debian packages to be there (packaging/install-deps.sh).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
jobs=$(nproc)

# Tests need neither full optimisation nor full debug info, and both double the compile time
# of this template-heavy code (nlohmann/json): -O1 without -g for the suite, -O0 with line
# tables for the sanitizers (enough for their stack traces).
echo "== build (-O1)"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE="-O1 -DNDEBUG" >/dev/null
cmake --build build -j"$jobs"
echo "== tests"
tests/run-in-session.sh ctest --test-dir build --output-on-failure -j"$jobs"

echo "== build (ASan + UBSan)"
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O0 -g1" -DSCALEKIT_SANITIZE=ON \
    -DSCALEKIT_BUILD_UI_TESTS=OFF >/dev/null
cmake --build build-asan -j"$jobs"
echo "== unit and integration tests under ASan + UBSan"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1"
export LSAN_OPTIONS="suppressions=$root/tests/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
tests/run-in-session.sh ctest --test-dir build-asan --output-on-failure -j"$jobs" -L 'unit|integration'
