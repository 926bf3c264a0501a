#!/usr/bin/env bash
# cpack makes a .deb holding the tool (stripped), the library, the headers,
# the CMake and pkg-config files, the grammars, the man page and the
# completions.
#   deb.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
out=$(mktemp -d "$build/package-deb.XXXXXX")  # not /tmp: it may be a small tmpfs
trap 'rm -rf "$out"' EXIT
(cd "$build" && cpack -G DEB -B "$out" > "$out/log" 2>&1) || { cat "$out/log"; exit 1; }
deb=$(ls "$out"/*.deb)
dpkg-deb -f "$deb" Package Depends Recommends
dpkg-deb -c "$deb" | awk '{print $6}' | grep -E 'bin/whereas$|libwhereas.a$|include/whereas/whereas.h$|whereasConfig.cmake$|whereas.pc$|grammars/direction.yaml$|man1/whereas.1|completions/whereas$|_whereas$|whereas.fish$|dist-packages/whereas' | sed -E "s|^\./||; s|\.cpython-[^.]+\.so$|.so|"
dpkg-deb -x "$deb" "$out/root"
echo "symbol tables in usr/bin/whereas: $(readelf -S "$out/root/usr/bin/whereas" | grep -c "\.symtab")"
