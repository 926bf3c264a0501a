#!/usr/bin/env bash
# Builds and runs bench/stages.cc (the per-stage profile) against a build's
# static library, over FILE... (e.g. a bench corpus).
#   bash bench/stages.sh BUILD_DIR FILE...
set -euo pipefail
cd "$(dirname "$0")/.."
build=$1; shift
g++ -std=c++20 -O2 -DNDEBUG -Ilib/include -Ilib/src -I"$build/lib" bench/stages.cc "$build/lib/libwhereas.a" \
  $(pkg-config --cflags --libs re2 yaml-cpp icu-uc poppler-cpp gumbo) -lpthread -o "$build/stages"
"$build/stages" "$@"
