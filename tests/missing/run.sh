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

# same NAME GOT FILE — GOT (a written file) exactly as FILE
same() {
  if [ -n "${UPDATE:-}" ]; then cp "$2" "$3"; fi
  if cmp -s "$2" "$3"; then ok; else no "$1" "differs from $3"; diff "$3" "$2" | head -n 20; fi
}
# golden: NAME FILE CMD… — exit 0 and stdout exactly as FILE
golden() {
  gname=$1 gfile=$2; shift 2
  t "$gname" 0 "$@"
  sed "s|$tmp|TMP|g" "$tmp/out" > "$tmp/out.n" && mv "$tmp/out.n" "$tmp/out"   # the scratch folder's name varies
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
# several distinct minimal sets (tests/missing/several): both listed, smallest first, the fact in
# most of them asked next; with age known, bankruptcy alone or kind alone
golden several-json $X/several.json       "$ZAN" missing tests/missing/several $F/several-empty.json
golden several-kk   $X/several.kk.txt     "$ZAN" missing tests/missing/several $F/several-empty.json --format text --lang kk
golden several-adult $X/several-adult.json "$ZAN" missing tests/missing/several $F/several-adult.json --lang ru

# usage and input errors, with their exit codes
t usage-format 2 "$ZAN" missing $P $F/empty.json --format xml; err usage-format-msg "xml"
t usage-args 2 "$ZAN" missing $P
t usage-asof 2 "$ZAN" missing $P $F/empty.json --as-of 2026-02-30
printf '{"applicant": {"adult": "yes"}}' > "$tmp/bad.json"
t bad-facts 3 "$ZAN" missing $P "$tmp/bad.json"; err bad-facts-where "bad.json:1:"
t no-facts 3 "$ZAN" missing $P "$tmp/none.json"
t bad-policy 4 "$ZAN" missing "$tmp/nowhere" $F/empty.json
t stdin 0 sh -c "\"$ZAN\" missing $P - < $F/partial.json"; out stdin-next '"next":"applicant.bankrupt"'

# zan ask with piped answers (the interview echoes them): the transcript and report exactly,
# the fact file written (YAML or JSON by extension) and accepted by `zan facts --policy`
STDIN=tests/missing/answers.ru.txt golden ask-ru $X/ask.ru.txt "$ZAN" ask $P --lang ru -o "$tmp/a.yaml"
same ask-ru-file "$tmp/a.yaml" $X/ask.ru.yaml
t ask-ru-facts 0 "$ZAN" facts --policy $P "$tmp/a.yaml"
STDIN=tests/missing/answers.en.txt golden ask-en $X/ask.en.txt "$ZAN" ask $P --lang en -o "$tmp/b.json"
same ask-en-file "$tmp/b.json" $X/ask.en.json
t ask-en-eval 0 "$ZAN" eval $P "$tmp/b.json"; out ask-en-decided '"undetermined":{}'
# an existing file is refused before the first question, and replaced only with --force
STDIN=tests/missing/answers.en.txt t ask-exists 2 "$ZAN" ask $P -o "$tmp/b.json"; err ask-exists-msg "exists: give --force"
nout ask-exists-no-question "(1)"
STDIN=tests/missing/answers.ru.txt t ask-force 0 "$ZAN" ask $P --lang ru -o "$tmp/b.json" --force
same ask-force-file "$tmp/b.json" $X/ask.ru.json
# starting from a fact file only the unknown is asked; no -o: the fact file follows the report
printf '1\n' > "$tmp/one"
STDIN="$tmp/one" t ask-from-facts 0 "$ZAN" ask $P $F/partial.json --lang kk
out ask-from-facts-first "(1) Банкрот"; nout ask-from-facts-not-adult "Кәмелетке толған \["; out ask-from-facts-file '"since": "2019-05-01"'
t ask-no-dir 74 sh -c "printf 'yes\n' | \"$ZAN\" ask $P -o $tmp/no/such/dir/x.json"; err ask-no-dir-msg "cannot write"
# through a terminal (tmux): kk, ru and en on the bundled law
sh tests/missing/ask_tmux.sh "$ZAN" > "$tmp/tmux" 2>&1; rc=$?
cat "$tmp/tmux"
if [ $rc = 0 ]; then ok; else no ask-tmux "see above"; fi

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
  if python3 tests/missing/property.py "$ZAN" tests/missing/several $F/several-empty.json $F/several-adult.json > "$tmp/prop" 2>&1; then ok
  else no property-several "see below"; cat "$tmp/prop"; fi
  if python3 tests/missing/property.py "$ZAN" kz-ai-law tests/missing/cases/* > "$tmp/prop" 2>&1; then ok
  else no property "see below"; cat "$tmp/prop"; fi
  tail -n 1 "$tmp/prop"
else
  echo "missing: python3 not found: the law and property checks skipped"
fi

summary missing
