#!/usr/bin/env bash
# Runs one CLI case, ctags Tmain style.
#   run-case.sh WHEREAS DIR NAME
# A case directory DIR/NAME holds `cmd` (the arguments, shell words, run in
# that directory with $WHEREAS set; may use pipes) and the expectations it
# has: stdout.expected, stderr.expected, exit.expected (default 0).
# A bad grammar DIR/NAME.yaml is linted; its output must be DIR/NAME.expected
# and its exit status 1.
set -u
whereas=$1 dir=$2 name=$3
export WHEREAS=$whereas
out=$(mktemp) err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
fail=0
if [ -d "$dir/$name" ]; then
  cd "$dir/$name" || exit 2
  bash -c "$(cat cmd)" >"$out" 2>"$err" </dev/null
  status=$?
  expected_status=$(cat exit.expected 2>/dev/null || echo 0)
  for stream in stdout stderr; do
    file=$out; [ "$stream" = stderr ] && file=$err
    if [ -f "$stream.expected" ] && ! diff -u "$stream.expected" "$file"; then
      echo "$name: $stream differs" >&2; fail=1
    fi
  done
else
  cd "$dir" || exit 2
  "$whereas" lint "$name.yaml" >"$out" 2>"$err"
  status=$?
  expected_status=1
  if ! diff -u "$name.expected" "$out"; then
    echo "$name: diagnostics differ" >&2; fail=1
  fi
fi
if [ "$status" != "$expected_status" ]; then
  echo "$name: exit status $status, expected $expected_status" >&2
  cat "$err" >&2
  fail=1
fi
exit $fail
