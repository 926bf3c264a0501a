#!/usr/bin/env bash
# Installs the dependencies, builds, and runs every test:
#   1. a -Werror build and every test (unit, golden, grammar, CLI);
#   2. the same tests built with AddressSanitizer and UBSan;
#   3. about a minute of each libFuzzer target (clang, ASan+UBSan) on its seeds
#      (scripts/fuzz.sh);
#   4. cppcheck and clang-tidy on lib/ and cli/.
# Usage: bash scripts/test.sh [BUILD_PREFIX]   (default: build)
# WHEREAS_QUICK=1 runs stage 1 only; FUZZ_SECONDS sets the fuzz time.
set -euo pipefail
cd "$(dirname "$0")/.."
prefix=${1:-build}
jobs=$(nproc)
bash scripts/deps.sh

echo "== 1. build and test"
cmake -S . -B "$prefix" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWHEREAS_BUILD_TESTS=ON -DWHEREAS_WERROR=ON -DWHEREAS_TEST_HOOKS=ON \
  -DWHEREAS_PYTHON=ON -DCMAKE_EXPORT_COMPILE_COMMANDS=ON
cmake --build "$prefix" -j"$jobs"
ctest --test-dir "$prefix" --output-on-failure -j"$jobs"
[ "${WHEREAS_QUICK:-0}" = 1 ] && exit 0

echo "== 2. tests under AddressSanitizer and UndefinedBehaviorSanitizer"
cmake -S . -B "$prefix-asan" -DCMAKE_BUILD_TYPE=Debug -DWHEREAS_BUILD_TESTS=ON -DWHEREAS_TEST_HOOKS=ON \
  -DWHEREAS_SANITIZE=address,undefined -DWHEREAS_PYTHON=OFF  # ASan cannot load into python3
cmake --build "$prefix-asan" -j"$jobs"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
  LSAN_OPTIONS=suppressions=$PWD/scripts/lsan.supp:print_suppressions=0 \
  ctest --test-dir "$prefix-asan" --output-on-failure -j"$jobs"

echo "== 3. fuzz"
CC=clang CXX=clang++ cmake -S . -B "$prefix-fuzz" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DWHEREAS_FUZZ=ON -DWHEREAS_SANITIZE=address,undefined -DWHEREAS_BUILD_TESTS=ON -DWHEREAS_PYTHON=OFF
cmake --build "$prefix-fuzz" -j"$jobs" --target parse_fuzzer parse_fast_fuzzer grammar_fuzzer html_fuzzer word_boxes_fuzzer
bash scripts/fuzz.sh "$prefix-fuzz" "${FUZZ_SECONDS:-60}"

echo "== 4. lint"
bash scripts/lint.sh "$prefix"
echo "all stages passed"
