#!/bin/sh
# tests/fmt/run.sh ZAN — whole-file and whole-policy checks of `zan fmt` (lang/author/fmt.c):
#  1. idempotence: fmt(fmt(x)) == fmt(x) for every bundled .zan file (the syntax-error
#     examples excepted: fmt refuses them, exit 4, the file untouched);
#  2. meaning kept: each bundled policy formatted in a copy evaluates every example (and every
#     acceptance case) to the same bytes, and its tests still pass;
#  3. keyword conversion: en -> ru -> en and en -> kk -> en (from a file's own set, back to
#     it) give the original bytes for every bundled file, and the whole law converted to kk (and ru) decides exactly as before,
#     passes its tests and the acceptance cases, and formats idempotently in its own set;
#  4. layout cases in en, ru and kk (tests/fmt/cases).
# Closing line: `fmt: N passed, N failed`.
ZAN=${1:?usage: run.sh ZAN}
case $ZAN in /*) ;; *) ZAN=$(pwd)/$ZAN ;; esac
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
T=$(mktemp -d "${TMPDIR:-/tmp}/zanfmt.XXXXXX")
trap 'rm -rf "$T"' EXIT
pass=0 fail=0
ok()  { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }
export ZAN_TODAY=${ZAN_TODAY:-2026-03-01}

# (tests/golden/check/syntax_*: the checker after syntax errors, files with syntax errors too;
# tests/fuzz/: the fuzz corpus, pathological on purpose — nested past the depth limits)
files=$(cd "$ROOT" && find policies stdlib tests -name '*.zan' ! -path 'tests/golden/syntax/*' \
          ! -path 'tests/golden/check/syntax_*' ! -path 'tests/fuzz/*' | sort)

# 1. idempotence (and no comment lost: the same number of `--` comment lines outside strings
#    is hard to count in sh, so the unit tests check comments; here: every comment text survives)
for f in $files; do
  if ! "$ZAN" fmt - < "$ROOT/$f" > "$T/a.zan" 2> "$T/err"; then bad "fmt $f: $(head -1 "$T/err")"; continue; fi
  "$ZAN" fmt - < "$T/a.zan" > "$T/b.zan" 2>&1
  if ! cmp -s "$T/a.zan" "$T/b.zan"; then bad "fmt not idempotent: $f"; continue; fi
  lost=$(grep -o -- '--.*' "$ROOT/$f" | sed 's/[[:space:]]*$//' | sort -u | while IFS= read -r c; do
           grep -qF -- "$c" "$T/a.zan" || echo x; done | wc -l)
  if [ "$lost" -ne 0 ]; then bad "fmt lost $lost comment(s): $f"; continue; fi
  ok
done

# the syntax-error examples are refused and left alone
for f in "$ROOT"/tests/golden/syntax/*.zan; do
  cp "$f" "$T/s.zan"
  "$ZAN" fmt "$T/s.zan" 2>/dev/null; rc=$?
  if [ $rc -eq 4 ] && cmp -s "$f" "$T/s.zan"; then ok; else bad "fmt on a file with errors: exit $rc or file changed: $f"; fi
done

# eval of every example and acceptance case: one file of outputs, to compare
eval_all() {   # POLICY OUT
  : > "$2"
  for x in "$ROOT"/policies/kz-ai-law/examples/*.json "$ROOT"/policies/kz-ai-law/examples/*.yaml; do
    [ -f "$x" ] || continue
    echo "== $x" >> "$2"
    "$ZAN" eval "$1" "$x" --explain >> "$2" 2>&1; echo "exit $?" >> "$2"
    "$ZAN" eval "$1" "$x" --format text --lang kk >> "$2" 2>&1; echo "exit $?" >> "$2"
  done
  for c in /work/shared/acceptance/cases-v2/*/ "$ROOT"/../shared/acceptance/cases-v2/*/; do
    [ -d "$c" ] || continue
    fx=$c/facts.json; [ -f "$fx" ] || fx=$c/facts.yaml; [ -f "$fx" ] || continue
    args=; [ -f "$c/args" ] && args=$(cat "$c/args")
    echo "== $c" >> "$2"
    # shellcheck disable=SC2086
    "$ZAN" eval "$1" "$fx" $args >> "$2" 2>&1; echo "exit $?" >> "$2"
  done
  # the sources differ by design, so the receipt's policy_sha256 does; all else must not
  sed 's/"policy_sha256":"[0-9a-f]*"/"policy_sha256":"(sources)"/' "$2" > "$2.s" && mv "$2.s" "$2"
}

# 2. meaning kept by formatting (on a snapshot of the law: others may edit the tree meanwhile)
mkdir -p "$T/orig"
cp -R "$ROOT/policies/kz-ai-law" "$T/orig/law"
LAW=$T/orig/law
eval_all "$LAW" "$T/before.txt"
cp -R "$LAW" "$T/law-fmt"
if "$ZAN" fmt "$T/law-fmt" 2> "$T/err"; then ok; else bad "zan fmt FOLDER: $(head -1 "$T/err")"; fi
eval_all "$T/law-fmt" "$T/after.txt"
if cmp -s "$T/before.txt" "$T/after.txt"; then ok; else bad "formatted law decides differently: $(diff "$T/before.txt" "$T/after.txt" | head -3)"; fi
if "$ZAN" test "$T/law-fmt" > "$T/out" 2>&1; then ok; else bad "zan test on the formatted law: $(tail -1 "$T/out")"; fi
if "$ZAN" fmt --check "$T/law-fmt" > "$T/out" 2>&1; then ok; else bad "fmt --check after fmt lists: $(head -1 "$T/out")"; fi
for p in "$ROOT"/tests/cli/loans "$ROOT"/tests/bench/reference; do
  [ -d "$p" ] || continue
  rm -rf "$T/p"; cp -R "$p" "$T/p"
  "$ZAN" fmt "$T/p" 2>/dev/null
  "$ZAN" test "$p" > "$T/t1" 2>&1; r1=$?
  "$ZAN" test "$T/p" > "$T/t2" 2>&1; r2=$?
  if [ $r1 -eq $r2 ] && [ "$(tail -1 "$T/t1")" = "$(tail -1 "$T/t2")" ]; then ok; else bad "formatted $p tests differ"; fi
done

# 3. keyword conversion round trips, file by file: through each other set and back to the
#    file's own (en, or the set its first line names: a golden file may use kk keywords)
for f in $files; do
  own=$(sed -n '1s/^-- zan: keywords \([a-z]*\)$/\1/p' "$ROOT/$f"); own=${own:-en}
  for k in en ru kk; do
    [ "$k" = "$own" ] && continue
    if ! "$ZAN" fmt --keywords $k - < "$ROOT/$f" > "$T/k.zan" 2> "$T/err"; then bad "--keywords $k $f: $(head -1 "$T/err")"; continue; fi
    "$ZAN" fmt --keywords $own - < "$T/k.zan" > "$T/e.zan" 2> "$T/err"
    if cmp -s "$ROOT/$f" "$T/e.zan"; then ok; else bad "$own -> $k -> $own changes $f: $(diff "$ROOT/$f" "$T/e.zan" | head -3 | tr '\n' ' ')"; fi
  done
done

# the whole law in kk and in ru: the same decisions, tests and acceptance cases
for k in kk ru; do
  rm -rf "$T/law-$k"; cp -R "$LAW" "$T/law-$k"
  if "$ZAN" fmt --keywords $k "$T/law-$k" 2> "$T/err"; then ok; else bad "--keywords $k FOLDER: $(head -1 "$T/err")"; fi
  if head -1 "$T/law-$k/policy.zan" | grep -q "^-- zan: keywords $k\$"; then ok; else bad "$k: no keyword-set line"; fi
  eval_all "$T/law-$k" "$T/after-$k.txt"
  if cmp -s "$T/before.txt" "$T/after-$k.txt"; then ok; else bad "law in $k decides differently: $(diff "$T/before.txt" "$T/after-$k.txt" | head -3)"; fi
  if "$ZAN" test "$T/law-$k" > "$T/out" 2>&1; then ok; else bad "zan test on the law in $k: $(tail -1 "$T/out")"; fi
  if [ -x /work/shared/acceptance/run ] || [ -f /work/shared/acceptance/run ]; then
    if ACCEPT_POLICY="$T/law-$k" python3 /work/shared/acceptance/run "$ZAN" /work/shared/acceptance/cases-v2 > "$T/out" 2>&1; then ok
    else bad "acceptance on the law in $k: $(tail -1 "$T/out")"; fi
  fi
  # formatting works in the file's own set and keeps its meaning
  cp -R "$T/law-$k" "$T/law-$k-fmt"
  "$ZAN" fmt "$T/law-$k-fmt" 2>/dev/null
  eval_all "$T/law-$k-fmt" "$T/after-$k-fmt.txt"
  if cmp -s "$T/before.txt" "$T/after-$k-fmt.txt"; then ok; else bad "formatted law in $k decides differently"; fi
  for f in "$T/law-$k-fmt"/*.zan; do
    "$ZAN" fmt - < "$f" > "$T/a.zan" 2>/dev/null
    if cmp -s "$f" "$T/a.zan"; then ok; else bad "fmt not idempotent in $k: $(basename "$f")"; fi
  done
  # and back to English gives the law byte for byte
  "$ZAN" fmt --keywords en "$T/law-$k" 2>/dev/null
  if diff -r "$LAW" "$T/law-$k" > /dev/null; then ok; else bad "law $k -> en is not the original"; fi
done

# 4. layout cases (tests/fmt/cases): NAME[.ru|.kk].in.zan formats to NAME[.ru|.kk].out.zan —
#    parentheses kept or dropped, long sets, citations, parameters and if-chains within 100
#    columns — in en, ru and kk; the output is a fixed point, and the English output converted
#    to ru or kk and formatted is that set's output (one tree, one layout rule in every set)
for f in "$ROOT"/tests/fmt/cases/*.in.zan; do
  want=${f%.in.zan}.out.zan; name=$(basename "$f")
  if "$ZAN" fmt - < "$f" > "$T/o.zan" 2> "$T/err" && cmp -s "$T/o.zan" "$want"; then ok
  else bad "case $name: $(diff "$want" "$T/o.zan" | head -4 | tr '\n' ' ')$(head -1 "$T/err")"; fi
  if "$ZAN" fmt --check "$want" > /dev/null 2>&1; then ok; else bad "case $name: --check on the output"; fi
  "$ZAN" fmt --check "$f" > /dev/null 2>&1
  if [ $? -eq 1 ]; then ok; else bad "case $name: --check on the input does not see the changes"; fi
  # (code points, not bytes: the ru and kk keywords are Cyrillic; string literals and comments
  # are not broken)
  python3 -c 'import sys
for l in open(sys.argv[1], encoding="utf-8"):
    l = l.rstrip("\n")
    if len(l) > 100 and "\"" not in l and "--" not in l: print(l)' "$want" > "$T/long"
  if [ ! -s "$T/long" ]; then ok; else bad "case $name: a line over 100 columns: $(head -1 "$T/long")"; fi
done
for f in "$ROOT"/tests/fmt/cases/*.out.zan; do
  case $f in *.ru.out.zan|*.kk.out.zan) continue ;; esac
  for k in ru kk; do
    "$ZAN" fmt --keywords $k - < "$f" | "$ZAN" fmt - > "$T/k.zan" 2>&1
    if cmp -s "$T/k.zan" "${f%.out.zan}.$k.out.zan"; then ok; else bad "case $(basename "$f") in $k: not that set's layout"; fi
  done
done

# --check and `-`
cp "$LAW/policy.zan" "$T/c.zan"
printf '\n\n' >> "$T/c.zan"
"$ZAN" fmt --check "$T/c.zan" > "$T/out" 2>&1; rc=$?
if [ $rc -eq 1 ] && grep -qF "$T/c.zan" "$T/out" && ! cmp -s "$T/c.zan" "$T/out"; then ok; else bad "--check: exit $rc"; fi
"$ZAN" fmt "$T/c.zan" && "$ZAN" fmt --check "$T/c.zan" > /dev/null 2>&1
if [ $? -eq 0 ]; then ok; else bad "--check after fmt"; fi
if "$ZAN" fmt --keywords xx "$T/c.zan" > /dev/null 2>&1; then bad "--keywords xx accepted"; else ok; fi

echo "fmt: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
