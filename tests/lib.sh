# lib.sh — what the shell test runners share (POSIX sh; sourced by a runner called as `run.sh ZAN`):
# ZAN made absolute, the repository root as working folder, a stable environment, $tmp, the counters.
#
#   . "$(dirname "$0")/../lib.sh"     (from tests/NAME/run.sh; one more ../ a level deeper)
#   …cases, counted with ok / no NAME WHY (or passed=/failed= directly)…
#   summary NAME                      (prints `NAME: N passed, N failed`; fails on a failure or no case)
#
# After sourcing: paths in messages are relative to the root, so expected texts are stable;
# messages are English (LC_ALL=C.UTF-8; a case sets LC_ALL itself for another language) and
# without colour; $tmp is a scratch folder removed on exit.
set -u
[ $# -ge 1 ] || { echo "usage: $0 ZAN" >&2; exit 2; }
case $1 in /*) ZAN=$1 ;; *) ZAN=$(pwd)/$1 ;; esac
# the repository root: the nearest folder above the runner that holds tests/lib.sh
cd "$(dirname "$0")" || exit 2
until [ -f tests/lib.sh ]; do [ "$(pwd)" != / ] || exit 2; cd .. || exit 2; done
NO_COLOR=1; export NO_COLOR
LC_ALL=C.UTF-8; export LC_ALL
unset LANG LC_MESSAGES
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
passed=0 failed=0 code=0

ok() { passed=$((passed + 1)); }
no() {  # no NAME WHY — a failed check, with the start of the last run's stdout and stderr
  failed=$((failed + 1))
  echo "FAIL $1: $2"
  [ -f "$tmp/out" ] && sed 's/^/    stdout: /' "$tmp/out" | head -n 12
  [ -f "$tmp/err" ] && sed 's/^/    stderr: /' "$tmp/err" | head -n 8
  return 0
}
# t NAME WANT_EXIT CMD… — runs CMD (stdin from /dev/null unless STDIN=file), checks the exit
# code; stdout in $tmp/out, stderr in $tmp/err, the exit code in $code.
t() {
  name=$1 want=$2; shift 2
  "$@" <"${STDIN:-/dev/null}" >"$tmp/out" 2>"$tmp/err"
  code=$?
  STDIN=
  if [ "$code" = "$want" ]; then ok; else no "$name" "exit $code, expected $want"; fi
}
# out NAME PATTERN / err NAME PATTERN / nout NAME PATTERN — the last run's stdout / stderr
# matches (a basic regular expression, grep) / stdout does not match.
out()  { if grep -q -- "$2" "$tmp/out"; then ok; else no "$1" "stdout has no /$2/"; fi; }
err()  { if grep -q -- "$2" "$tmp/err"; then ok; else no "$1" "stderr has no /$2/"; fi; }
nout() { if grep -q -- "$2" "$tmp/out"; then no "$1" "stdout has /$2/"; else ok; fi; }

summary() {  # summary NAME — the closing line; the runner's exit status
  echo "$1: $passed passed, $failed failed"
  [ "$failed" = 0 ] && [ "$passed" -gt 0 ]
}
