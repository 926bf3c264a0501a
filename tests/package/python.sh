#!/usr/bin/env bash
# The Python module installs with the package, where Python looks under the
# prefix, and imports and parses from there, away from the build tree.
#   python.sh BUILD_DIR PYTHON
set -euo pipefail
build=$(cd "$1" && pwd) python=$2
prefix=$(mktemp -d "$build/package-python.XXXXXX")  # not /tmp: it may be a small tmpfs
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" --strip > /dev/null
module=$(cd "$prefix" && find lib -name 'whereas*.so')
echo "installed: $module" | sed -E 's/\.cpython-[^.]+\.so$/.so/'
cd "$prefix"
PYTHONPATH="$prefix/$(dirname "$module")" "$python" - <<'PY'
import os, whereas
print("imported from the prefix:", whereas.__file__.startswith(os.getcwd()))
doc = whereas.parse("WHEREAS\n1. The Council has failed.\nNOW THEREFORE:\n2. The Council shall comply.\n",
                    kind="direction", source="inline.txt")
print(doc["kind"], len(doc["recitals"]), len(doc["clauses"]), whereas.detect("Lunch.\n")["kind"])
PY
