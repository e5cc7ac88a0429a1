#!/bin/sh
# run.sh — JSONTestSuite conformance of the JSON reader through `zan facts FILE`:
# every y_ case must be accepted (exit 0), every n_ case rejected (exit 3), and no i_ case
# may crash (exit >= 128 or 70) or take more than 5 s.   Usage: run.sh ZAN
ZAN=${1:?usage: run.sh ZAN}
case "$ZAN" in /*) ;; *) ZAN="$(pwd)/$ZAN" ;; esac
HERE=$(cd "$(dirname "$0")" && pwd)
SUITE="$HERE/../../../shared/conformance/JSONTestSuite/test_parsing"
if [ ! -d "$SUITE" ]; then
  echo "conformance: skipped ($SUITE not found)"
  exit 0
fi
passed=0 failed=0 skipped=0
for f in "$SUITE"/*.json; do
  name=$(basename "$f")
  timeout 5 "$ZAN" facts "$f" >/dev/null 2>&1
  rc=$?
  problem=
  if [ $rc -eq 124 ]; then
    problem="took more than 5 s"
  elif [ $rc -ge 128 ] || [ $rc -eq 70 ]; then
    problem="crashed (exit $rc)"
  else
    case "$name" in
      y_*) [ $rc -eq 0 ] || problem="exit $rc, expected 0 (accept)" ;;
      n_*) [ $rc -eq 3 ] || problem="exit $rc, expected 3 (reject)" ;;
      i_*) ;;
      *)   skipped=$((skipped + 1)); continue ;;
    esac
  fi
  if [ -n "$problem" ]; then
    failed=$((failed + 1))
    echo "FAIL $name: $problem"
  else
    passed=$((passed + 1))
  fi
done
echo "conformance: $passed passed, $failed failed, $skipped skipped"
[ $failed -eq 0 ]
