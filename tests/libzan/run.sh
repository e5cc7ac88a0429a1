#!/bin/sh
# run.sh ZAN — the installed library as a user meets it (docs/library.md): `make install` into
# a temporary DESTDIR installs zan.h (and no internal header), libzan.so.0 (soname, only zan_*
# exported, each declared in zan.h), libzan.a and zan.pc; examples/c/decide.c is built with
# `cc $(pkg-config --cflags --libs zan)` against those files, dynamically and statically, and
# prints exactly what `zan eval` prints for every bundled example; a bad policy, bad JSON and
# a run-time conflict give zan's exit codes and messages. Closes with `libzan: N passed, N failed`.
. "$(dirname "$0")/../lib.sh"   # ZAN, the repository root, $tmp, ok/no/t/out/err/nout, summary
ROOT=$(pwd)
D=$tmp/root
P=/usr
make --no-print-directory -s install PREFIX=$P DESTDIR="$D" > "$tmp/install.log" 2>&1 \
  || { cat "$tmp/install.log"; echo "libzan: make install failed"; exit 1; }
LIB=$D$P/lib

# --- what is installed ---
for f in include/zan.h lib/libzan.a lib/libzan.so lib/libzan.so.0 lib/pkgconfig/zan.pc; do
  if [ -e "$D$P/$f" ]; then ok; else no "installed $f" "missing"; fi
done
extra=$(find "$D$P/include" -type f ! -name zan.h)
if [ -z "$extra" ]; then ok; else no "only zan.h installed" "also: $extra"; fi
soname=$(readelf -d "$LIB/libzan.so.0" | sed -n 's/.*(SONAME).*\[\(.*\)\]/\1/p')
if [ "$soname" = libzan.so.0 ]; then ok; else no "soname" "'$soname'"; fi
# every exported symbol is zan_*, declared ZAN_API in zan.h, and every declared one is exported
nm -D --defined-only "$LIB/libzan.so.0" | awk '$2 ~ /^[TDBRW]$/ {sub(/@.*/, "", $3); print $3}' | sort -u > "$tmp/exported"
sed -n 's/^ZAN_API[^(]*[ *]\(zan_[a-z_]*\)(.*/\1/p' include/zan.h | sort -u > "$tmp/declared"
if [ -s "$tmp/declared" ] && cmp -s "$tmp/exported" "$tmp/declared"; then ok
else no "exports = the API" "$(diff "$tmp/declared" "$tmp/exported" | head -n 10 | tr '\n' ' ')"; fi

# --- decide.c built with pkg-config against the staged install ---
export PKG_CONFIG_PATH="$LIB/pkgconfig" PKG_CONFIG_SYSROOT_DIR="$D"
flags=$(pkg-config --cflags --libs zan) || no "pkg-config zan" "failed"
case $flags in *"-I$D$P/include"*"-L$D$P/lib"*|*"-L$D$P/lib"*"-I$D$P/include"*) ok ;;
  *) no "pkg-config paths" "$flags" ;; esac
# shellcheck disable=SC2086
t "cc decide.c (shared)" 0 cc -std=c11 -Wall -Wextra -Werror examples/c/decide.c $flags -o "$tmp/decide"
# shellcheck disable=SC2086
t "cc decide.c (static)" 0 cc -std=c11 -Wall -Werror examples/c/decide.c \
  $(pkg-config --cflags zan) "$LIB/libzan.a" $(pkg-config --static --libs zan | sed 's/-lzan//') -o "$tmp/decide-static"
if readelf -d "$tmp/decide" | grep -q 'NEEDED.*libzan.so.0'; then ok; else no "decide links libzan.so.0" "no NEEDED entry"; fi
if readelf -d "$tmp/decide-static" | grep -q 'libzan'; then no "static decide" "needs libzan.so"; else ok; fi

# the same bytes as `zan eval` on every bundled example, through the alias and through a path
export LD_LIBRARY_PATH="$LIB"
for f in policies/kz-ai-law/examples/*.json; do
  n=$(basename "$f" .json)
  "$ZAN" eval kz-ai-law "$f" > "$tmp/want" 2>/dev/null; want=$?
  for bin in decide decide-static; do
    "$tmp/$bin" kz-ai-law "$f" > "$tmp/out" 2>"$tmp/err"; code=$?
    if [ "$code" = "$want" ] && cmp -s "$tmp/want" "$tmp/out"; then ok; else no "$bin $n" "exit $code (zan $want) or other bytes"; fi
  done
done
t "decide by path" 0 "$tmp/decide" "$ROOT/policies/kz-ai-law" policies/kz-ai-law/examples/bank-credit-scoring.json
out "decide by path: decision" '"risk_tier":"medium"'

# --- errors: zan's exit codes and messages ---
printf 'policy bad\n  version "1"\n\nfact n : int\noutput big : bool default false\nrule r when n > "ten" then big = true\n' > "$tmp/bad.zan"
t "bad policy" 4 "$tmp/decide" "$tmp/bad.zan" policies/kz-ai-law/examples/bank-credit-scoring.json
err "bad policy: file:line:col" "bad.zan:6:[0-9]*: error: "
t "no such policy" 4 "$tmp/decide" no-such-policy policies/kz-ai-law/examples/bank-credit-scoring.json
err "no such policy: named" "no-such-policy"
printf '{"assessment_date": "2026-03-01",\n "system": {"id": 5}}\n' > "$tmp/bad.json"
t "bad facts" 3 "$tmp/decide" kz-ai-law "$tmp/bad.json"
err "bad facts: place and path" "<facts>:2:[0-9]*: error: system.id: "
printf '{"assessment_date": "2026-03-01", "system": ' > "$tmp/cut.json"
t "cut JSON" 3 "$tmp/decide" kz-ai-law "$tmp/cut.json"
err "cut JSON: message" "<facts>:1:[0-9]*: error: "
t "conflict" 5 "$tmp/decide" tests/golden/eval/conflict/policy.zan tests/golden/eval/conflict/facts.json
err "conflict: the rule" "policy.zan:15:6: error: conflict in output 'colour'"
err "conflict: the other rule" "policy.zan:14:6: note: the other rule is here"
t "usage" 2 "$tmp/decide" kz-ai-law
summary libzan
