#!/usr/bin/env bash
# Static analysis of lib/ and cli/: cppcheck and clang-tidy with the checked-in
# configurations (.cppcheck-suppressions, .clang-tidy). Fails on any finding.
#   bash scripts/lint.sh [BUILD_DIR]   (a build with compile_commands.json)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-lint}
if [ ! -f "$build/compile_commands.json" ]; then
  cmake -S . -B "$build" -DCMAKE_EXPORT_COMPILE_COMMANDS=ON -DWHEREAS_BUILD_TESTS=OFF > /dev/null
fi
cmake --build "$build" -j"$(nproc)" --target libwhereas > /dev/null  # generates sources
echo "cppcheck: lib/ cli/"
cppcheck --quiet --error-exitcode=1 --enable=warning,performance,portability,style \
  --std=c++20 --language=c++ --inline-suppr --suppressions-list=.cppcheck-suppressions \
  -I lib/include -I lib/src -I cli lib/src cli
# clang-tidy 15 or later: bugprone-unchecked-optional-access (a read
# through an empty optional, issue 24's fault) is in bugprone-* from 15 on.
tidy=clang-tidy-15
command -v "$tidy" > /dev/null || tidy=clang-tidy
files=(lib/src/*.cc cli/*.cc)
if grep -q whereas_module.cc "$build/compile_commands.json"; then files+=(python/*.cc); fi
echo "$tidy: $(printf '%s/\n' "${files[@]%%/*}" | uniq | paste -sd' ')"
printf '%s\n' "${files[@]}" | xargs -P "$(nproc)" -n 1 "$tidy" -p "$build" --quiet 2>/dev/null
echo "lint: clean"
