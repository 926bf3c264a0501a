#!/usr/bin/env bash
# Installs the dependencies, builds, and runs every test (unit, golden,
# grammar lint, CLI). Usage: bash scripts/test.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
bash scripts/deps.sh
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWHEREAS_BUILD_TESTS=ON -DWHEREAS_WERROR=ON
cmake --build "$build" -j"$(nproc)"
ctest --test-dir "$build" --output-on-failure -j"$(nproc)"
