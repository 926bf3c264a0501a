#!/usr/bin/env bash
# Builds and runs bench/vectorscan_probe.cc (issue 23's prototype) against a
# build's static library, over FILE... (e.g. a bench corpus).
#   bash bench/vectorscan-probe.sh BUILD_DIR FILE...
# Needs libvectorscan-dev.
set -euo pipefail
cd "$(dirname "$0")/.."
build=$1; shift
g++ -std=c++20 -O2 -DNDEBUG -Ilib/include -Ilib/src bench/vectorscan_probe.cc "$build/lib/libwhereas.a" \
  $(pkg-config --cflags --libs re2 yaml-cpp icu-uc poppler-cpp gumbo libhs) -lpthread -o "$build/vectorscan_probe"
"$build/vectorscan_probe" "$@"
