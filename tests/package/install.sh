#!/usr/bin/env bash
# The installed package works for its users: `cmake --install` to a
# temporary prefix puts every part in place; a consumer built with
# find_package (examples/) and one built with pkg-config run against it;
# the man page renders without warnings; the completions parse in bash, zsh
# and fish, and bash's completes commands, options and their values.
#   install.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
src=$1 build=$(cd "$2" && pwd)
# In the build tree, which has room for a build: /tmp may be a small tmpfs.
prefix=$(mktemp -d "$build/package-install.XXXXXX")
work=$(mktemp -d "$build/package-consumer.XXXXXX")
trap 'rm -rf "$prefix" "$work"' EXIT
failed() {  # the log's end, then its first errors and the room left, where CI shows them
  tail -n 30 "$work/log"; grep -iE 'error|undefined|no space' "$work/log" | head -n 5; df -h "$work" | tail -n 1
  exit 1
}
# Stripped, as a package is (cpack strips too): a RelWithDebInfo library is
# some 60 MB of debug information, and a CI disk may be nearly full.
cmake --install "$build" --prefix "$prefix" --strip > /dev/null
strip --strip-debug "$prefix/lib/libwhereas.a"

for f in bin/whereas lib/libwhereas.a include/whereas/whereas.h include/whereas/parse.h \
         lib/cmake/whereas/whereasConfig.cmake lib/cmake/whereas/whereasConfigVersion.cmake \
         lib/pkgconfig/whereas.pc share/whereas/grammars/direction.yaml \
         share/whereas/grammars/deadlines.yaml share/man/man1/whereas.1 \
         share/bash-completion/completions/whereas share/zsh/vendor-completions/_whereas \
         share/fish/vendor_completions.d/whereas.fish; do
  [ -e "$prefix/$f" ] || echo "not installed: $f"
done
# No private header is installed.
ls "$prefix/include/whereas" | grep -vxE 'check.h|date.h|document.h|emit.h|grammar.h|parse.h|read.h|result.h|value.h|whereas.h' || true

# find_package: the example program, run on a sample.
cmake -S "$src/examples" -B "$work/examples" -DCMAKE_PREFIX_PATH="$prefix" > "$work/log" 2>&1 || failed
cmake --build "$work/examples" > "$work/log" 2>&1 || failed
"$work/examples/clauses" "$src/samples/direction-barnet-2018-01.txt" | cut -f2,3 | head -3

# pkg-config: a program of its own, compiled with what the .pc file says.
cat > "$work/consumer.cc" <<'CC'
#include <whereas/whereas.h>
#include <iostream>
int main() {
  auto doc = whereas::Parse("WHEREAS\n1. The Council has failed.\n", {.kind = "direction"});
  std::cout << doc.value().kind << " " << doc.value().recitals.size() << "\n";
}
CC
export PKG_CONFIG_PATH="$prefix/lib/pkgconfig"
echo "pkg-config: $(pkg-config --modversion whereas)"
g++ "$work/consumer.cc" $(pkg-config --cflags --libs whereas) -o "$work/consumer"
"$work/consumer"

# The man page and the completions.
man -l --warnings "$prefix/share/man/man1/whereas.1" 2>&1 > /dev/null | head -3
man -l "$prefix/share/man/man1/whereas.1" 2>/dev/null | grep -cE '^ {7}(-., )?--[a-z]' | sed 's/^/man page option entries: /'
bash -n "$prefix/share/bash-completion/completions/whereas"
if command -v zsh > /dev/null; then zsh -n "$prefix/share/zsh/vendor-completions/_whereas"; fi
if command -v fish > /dev/null; then fish --no-execute "$prefix/share/fish/vendor_completions.d/whereas.fish"; fi
complete_words() {  # the completions bash offers for the words given
  bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _whereas; echo "${COMPREPLY[*]}"' \
    _ "$prefix/share/bash-completion/completions/whereas" "$@"
}
echo "whereas de: $(complete_words whereas de)"
echo "whereas parse --fo: $(complete_words whereas parse --fo)"
echo "whereas check --format: $(complete_words whereas check --format '')"
echo "whereas check --enable numbering-g: $(complete_words whereas check --enable numbering-g)"
echo "whereas lint --j: [$(complete_words whereas lint --j)]"
