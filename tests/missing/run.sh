#!/bin/sh
# run.sh ZAN — `zan missing` (and, where tmux is installed, `zan ask`): exact output on a small
# policy of our own (tests/missing/policy) in en, ru, kk; usage and input errors; on the
# bundled law, every undetermined output of `zan eval` is listed; and the property of the
# minimal sets (property.py) on copies of acceptance cases with facts removed at random.
. "$(dirname "$0")/../lib.sh"
P=tests/missing/policy
F=tests/missing/facts
X=tests/missing/expected
ZAN_TODAY=2026-03-01; export ZAN_TODAY

# golden: NAME FILE CMD… — exit 0 and stdout exactly as FILE
golden() {
  gname=$1 gfile=$2; shift 2
  t "$gname" 0 "$@"
  if [ -n "${UPDATE:-}" ]; then cp "$tmp/out" "$gfile"; fi
  if cmp -s "$tmp/out" "$gfile"; then ok; else no "$gname" "differs from $gfile"; diff "$gfile" "$tmp/out" | head -n 20; fi
}
golden empty-json   $X/empty.json     "$ZAN" missing $P $F/empty.json
golden empty-en     $X/empty.en.txt   "$ZAN" missing $P $F/empty.json --format text --lang en
golden empty-ru     $X/empty.ru.txt   "$ZAN" missing $P $F/empty.json --format text --lang ru
golden empty-kk     $X/empty.kk.txt   "$ZAN" missing $P $F/empty.json --format text --lang kk
golden partial-json $X/partial.json   "$ZAN" missing $P $F/partial.json --lang ru
golden known-json   $X/known.json     "$ZAN" missing $P $F/known.json
golden known-text   $X/known.txt      "$ZAN" missing $P $F/known.json --format text

# usage and input errors, with their exit codes
t usage-format 2 "$ZAN" missing $P $F/empty.json --format xml; err usage-format-msg "xml"
t usage-args 2 "$ZAN" missing $P
t usage-asof 2 "$ZAN" missing $P $F/empty.json --as-of 2026-02-30
printf '{"applicant": {"adult": "yes"}}' > "$tmp/bad.json"
t bad-facts 3 "$ZAN" missing $P "$tmp/bad.json"; err bad-facts-where "bad.json:1:"
t no-facts 3 "$ZAN" missing $P "$tmp/none.json"
t bad-policy 4 "$ZAN" missing "$tmp/nowhere" $F/empty.json
t stdin 0 sh -c "\"$ZAN\" missing $P - < $F/partial.json"; out stdin-next '"next":"applicant.bankrupt"'

# the bundled law with nothing known: the outputs listed are exactly those `zan eval` leaves
# undetermined, each with at least one set, and the next question is in one of them
if command -v python3 >/dev/null 2>&1; then
  echo '{}' > "$tmp/empty-law.json"
  "$ZAN" missing kz-ai-law "$tmp/empty-law.json" > "$tmp/m.json" 2>"$tmp/err"
  "$ZAN" eval kz-ai-law "$tmp/empty-law.json" > "$tmp/e.json" 2>>"$tmp/err"
  if python3 - "$tmp/m.json" "$tmp/e.json" <<'PY'
import json, sys
m, e = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
und = set(e["undetermined"])
assert set(m["outputs"]) == und, (sorted(m["outputs"]), sorted(und))
assert all(o["sets"] for o in m["outputs"].values())
assert any(m["next"] in s for o in m["outputs"].values() for s in o["sets"])
assert all(q in m["questions"] for o in m["outputs"].values() for s in o["sets"] for q in s)
PY
  then ok; else no law-empty "outputs of zan missing differ from zan eval's undetermined ones"; fi
  if python3 tests/missing/property.py "$ZAN" kz-ai-law tests/missing/cases/* > "$tmp/prop" 2>&1; then ok
  else no property "see below"; cat "$tmp/prop"; fi
  tail -n 1 "$tmp/prop"
else
  echo "missing: python3 not found: the law and property checks skipped"
fi

summary missing
