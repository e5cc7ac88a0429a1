#!/bin/sh
# run.sh ZAN — the golden tests: exact diagnostics and exact decisions, as data files.
#   tests/golden/<group>/<name>.zan (or a folder <name>/ holding a policy) with <name>.expected:
#     `zan check --quiet` on it; stderr must equal <name>.expected exactly. The first line of
#     .expected may be `# exit N`; without it the exit must be 4 when the text has an
#     `error:` line, else 0.
#   tests/golden/eval/<name>/: policy.zan or policy/, facts.json|facts.yaml|facts.jsonl,
#     args (optional, extra words), exit (optional, default 0), and expected.json (stdout)
#     and/or expected.stderr (stderr), each compared exactly.
#   A case runs with LC_ALL=C.UTF-8 (English messages); a file <name>.lang beside a check case,
#   or lang in an eval case folder, holds another locale for it (ru_RU.UTF-8, kk_KZ.UTF-8):
#   messages in that language, chosen the way users choose it.
# A decision's receipt.zan_version is the running zan's own (checked here: any other value
# fails), written as @ZAN_VERSION@ in expected.json so that a new version churns no golden.
# Runs from the repository root so paths in messages are stable. GOLDEN_UPDATE=1 rewrites the
# expected files from what zan prints (review the diff before keeping it).
# Prints a line and a diff per failure, closes with `golden: N passed, N failed`.
. "$(dirname "$0")/../lib.sh"   # ZAN, the repository root, $tmp, the counters, summary

fail() {   # fail NAME WHAT EXPECTED_FILE ACTUAL_FILE
  failed=$((failed + 1))
  echo "FAIL $1: $2"
  if [ -n "${3:-}" ]; then diff -u "$3" "$4" | sed -n '3,60p'; fi
}

# check cases: <name>.zan or <name>/ beside <name>.expected
for exp in tests/golden/*/*.expected; do
  [ -f "$exp" ] || continue
  base=${exp%.expected}
  if [ -f "$base.zan" ]; then target=$base.zan; elif [ -d "$base" ]; then target=$base; else
    fail "$exp" "no $base.zan or $base/ beside it"; continue; fi
  loc=C.UTF-8; [ -f "$base.lang" ] && loc=$(tr -d ' \n' < "$base.lang")
  LC_ALL=$loc "$ZAN" check --quiet "$target" >/dev/null 2>"$tmp/err"
  code=$?
  if [ "${GOLDEN_UPDATE:-}" = 1 ]; then
    { [ $code = 0 ] || [ $code = 4 ] || echo "# exit $code"; cat "$tmp/err"; } > "$exp"
  fi
  first=$(head -n 1 "$exp")
  case $first in
    "# exit "*) want=${first#\# exit }; tail -n +2 "$exp" > "$tmp/want" ;;
    *) if grep -q 'error:' "$exp"; then want=4; else want=0; fi; cp "$exp" "$tmp/want" ;;
  esac
  if [ "$code" != "$want" ]; then fail "$target" "exit $code, expected $want" "$tmp/want" "$tmp/err"; continue; fi
  if ! cmp -s "$tmp/want" "$tmp/err"; then fail "$target" "stderr differs" "$tmp/want" "$tmp/err"; continue; fi
  passed=$((passed + 1))
done

# eval cases
zan_version_re=$("$ZAN" --version | cut -d' ' -f2 | sed 's/[.]/\\./g')
for case in tests/golden/eval/*/; do
  [ -d "$case" ] || continue
  case=${case%/}
  if [ -f "$case/policy.zan" ]; then policy=$case/policy.zan; elif [ -d "$case/policy" ]; then policy=$case/policy; else
    fail "$case" "no policy.zan or policy/"; continue; fi
  facts=""
  for f in facts.json facts.yaml facts.yml facts.jsonl; do [ -f "$case/$f" ] && { facts=$case/$f; break; }; done
  args=""; [ -f "$case/args" ] && args=$(cat "$case/args")
  want=0; [ -f "$case/exit" ] && want=$(tr -d ' \n' < "$case/exit")
  loc=C.UTF-8; [ -f "$case/lang" ] && loc=$(tr -d ' \n' < "$case/lang")
  # shellcheck disable=SC2086
  if [ -n "$facts" ]; then LC_ALL=$loc "$ZAN" eval "$policy" "$facts" $args >"$tmp/out" 2>"$tmp/err" </dev/null
  else LC_ALL=$loc "$ZAN" eval "$policy" $args >"$tmp/out" 2>"$tmp/err" </dev/null; fi
  code=$?
  sed "s/\\(\"zan_version\": *\\)\"$zan_version_re\"/\\1\"@ZAN_VERSION@\"/g" "$tmp/out" > "$tmp/out.v" && mv "$tmp/out.v" "$tmp/out"
  if [ "${GOLDEN_UPDATE:-}" = 1 ]; then
    if [ -s "$tmp/out" ] || [ -f "$case/expected.json" ]; then cp "$tmp/out" "$case/expected.json"; fi
    if [ -s "$tmp/err" ] || [ -f "$case/expected.stderr" ]; then cp "$tmp/err" "$case/expected.stderr"; fi
    if [ $code != 0 ]; then echo $code > "$case/exit"; else rm -f "$case/exit"; fi
    want=$code
  fi
  if [ ! -f "$case/expected.json" ] && [ ! -f "$case/expected.stderr" ]; then
    fail "$case" "no expected.json or expected.stderr"; continue; fi
  if [ "$code" != "$want" ]; then
    fail "$case" "exit $code, expected $want"; sed 's/^/  stderr: /' "$tmp/err" | head -n 20; continue; fi
  if [ -f "$case/expected.json" ] && ! cmp -s "$case/expected.json" "$tmp/out"; then
    fail "$case" "stdout differs" "$case/expected.json" "$tmp/out"; continue; fi
  if [ -f "$case/expected.stderr" ] && ! cmp -s "$case/expected.stderr" "$tmp/err"; then
    fail "$case" "stderr differs" "$case/expected.stderr" "$tmp/err"; continue; fi
  passed=$((passed + 1))
done

summary golden
