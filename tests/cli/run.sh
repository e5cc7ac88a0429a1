#!/bin/sh
# run.sh ZAN — end-to-end tests of the `zan` command line: usage errors, help, option order,
# stdin, several files, JSON Lines, --fail-on, text output, `zan facts`, `zan test`, exit-code
# precedence. Uses the small policy in tests/cli/loans/. Closes with `cli: N passed, N failed`.
. "$(dirname "$0")/../lib.sh"   # ZAN, the repository root, $tmp, ok/no/t/out/err/nout, summary
P=tests/cli/loans
F=tests/cli/facts

# lines NAME N — the last run printed N lines on stdout
lines() { n=$(wc -l < "$tmp/out" | tr -d ' '); if [ "$n" = "$2" ]; then ok; else no "$1" "$n lines on stdout, expected $2"; fi; }

# --- help, version, usage errors (exit 2) ---
t "help" 0 "$ZAN" --help;                       out "help lists eval" '^  eval'
t "help verb" 0 "$ZAN" help eval;               out "help eval names --fail-on" '--fail-on'
t "verb --help" 0 "$ZAN" eval --help;           out "eval --help usage" '^usage: zan eval'
t "version" 0 "$ZAN" --version;                 out "version line" '^zan [0-9]'
# --help lists only verbs that are built: each listed one has its own help
t "help again" 0 "$ZAN" --help;                 nout "help lists only built verbs" 'not built'
for v in $(sed -n 's/^  \([a-z][a-z0-9]*\)  .*/\1/p' "$tmp/out"); do
  t "help lists $v, which is built" 0 "$ZAN" help "$v"; out "help $v usage" "^usage: zan $v"
done
t "no verb" 2 "$ZAN"
t "unknown verb" 2 "$ZAN" frobnicate;           err "unknown verb named" "unknown command 'frobnicate'"
t "unknown option" 2 "$ZAN" eval $P $F/adult.json --frob
err "unknown option named" "unknown option '--frob'"; err "unknown option usage" '^usage: zan eval'
t "missing value" 2 "$ZAN" eval $P $F/adult.json --as-of;  err "missing value named" "needs a value"
t "missing facts" 2 "$ZAN" eval $P;             err "missing FACTS named" 'missing FACTS'
t "missing policy" 2 "$ZAN" check
t "bad date" 2 "$ZAN" eval $P $F/adult.json --as-of 2026-02-30;  err "bad date" "not a date"
t "bad format" 2 "$ZAN" eval $P $F/adult.json --format xml
t "bad lang" 2 "$ZAN" eval $P $F/adult.json --lang de
t "bad jobs" 2 "$ZAN" eval $P $F/adult.json --jobs 0
t "flag with value" 2 "$ZAN" eval $P $F/adult.json --explain=yes
t "fail-on unknown output" 2 "$ZAN" eval $P $F/adult.json --fail-on nothing
err "fail-on unknown output named" "no output 'nothing'"
t "fail-on enum needs value" 2 "$ZAN" eval $P $F/adult.json --fail-on risk
err "fail-on needs value: type named" 'the output is of type Tier'
# a VALUE the output can never take is a typo that would never fire: a usage error
t "fail-on enum bad value" 2 "$ZAN" eval $P $F/poor.yaml --fail-on risk=hihg
err "fail-on enum bad value named" "'hihg' is not a value of Tier"
t "fail-on set bad member" 2 "$ZAN" eval $P $F/poor.yaml --fail-on flags=low_incom
err "fail-on set bad member named" "'low_incom' is not a value of Flag"
t "fail-on bool bad value" 2 "$ZAN" eval $P $F/adult.json --fail-on eligible=yes
t "fail-on empty value" 2 "$ZAN" eval $P $F/adult.json --fail-on eligible=
t "fail-on bool false" 1 "$ZAN" eval $P $F/poor.yaml --fail-on eligible=true
t "bad ZAN_TODAY" 2 env ZAN_TODAY=tomorrow "$ZAN" eval $P $F/adult.json
t "bad ZAN_TODAY (missing)" 2 env ZAN_TODAY=tomorrow "$ZAN" missing $P $F/adult.json;  err "missing: ZAN_TODAY named" "ZAN_TODAY='tomorrow'"
STDIN=/dev/null t "bad ZAN_TODAY (ask)" 2 env ZAN_TODAY=tomorrow "$ZAN" ask $P;  err "ask: ZAN_TODAY named" "ZAN_TODAY='tomorrow'"
# the tests' dates are their own (or the clock's when ZAN_TODAY is malformed): no usage error
t "bad ZAN_TODAY (test)" 0 env ZAN_TODAY=tomorrow "$ZAN" test $P
# with neither --as-of nor the date fact, ZAN_TODAY is the date; --as-of still wins over it
t "ZAN_TODAY dates" 0 env ZAN_TODAY=2025-05-05 "$ZAN" eval $P $F/no-date.json;  out "as_of from ZAN_TODAY" '"as_of": *"2025-05-05"'
t "--as-of over ZAN_TODAY" 0 env ZAN_TODAY=2025-05-05 "$ZAN" eval --as-of 2025-06-06 $P $F/no-date.json
out "as_of from --as-of, not ZAN_TODAY" '"as_of": *"2025-06-06"'

# --- eval: one file, options before and after, = form ---
t "eval one file" 0 "$ZAN" eval $P $F/adult.json
out "policy name" '"policy": *"loans"'; out "eligible" '"eligible": *true'; out "subject" '"subject": *"a-1"'
lines "one compact object" 1
t "options before args" 0 "$ZAN" eval --format json --as-of 2026-03-01 $P $F/adult.json
out "as_of from --as-of" '"as_of": *"2026-03-01"'
t "option = form" 0 "$ZAN" eval $P --as-of=2025-12-31 $F/adult.json
out "as_of = form" '"as_of": *"2025-12-31"'
t "as_of from the fact file" 0 "$ZAN" eval $P $F/adult.json;  out "as_of from facts" '"as_of": *"2026-03-01"'
t "-- ends options" 0 "$ZAN" eval -- $P $F/adult.json
t "policy by alias" 0 env ZAN_PATH=tests/cli "$ZAN" eval cli-loans $F/adult.json
t "YAML facts" 0 "$ZAN" eval $P $F/poor.yaml;  out "yaml risk high" '"risk": *"high"'
STDIN=$F/adult.json t "stdin" 0 "$ZAN" eval $P -;  out "stdin decides" '"eligible": *true'
STDIN=$F/adult.json t "stdin twice is a usage error" 2 "$ZAN" eval $P - -;  err "stdin twice named" "given more than once"
t "explain" 0 "$ZAN" eval $P $F/adult.json --explain;  out "explanation" '"explanation"'
out "explanation cites" '"cites"'
t "no explain by default" 0 "$ZAN" eval $P $F/adult.json;  nout "no explanation" '"explanation"'
t "undetermined" 0 "$ZAN" eval $P $F/unknown-income.json
out "risk null" '"risk": *null'; out "needs income" 'applicant.income'
t "format text" 0 "$ZAN" eval $P $F/adult.json --format text;  nout "text is not JSON" '^{'
# a stream as text reports: each record under its own heading, a bad line as a line of text
t "jsonl text" 3 "$ZAN" eval $P --jsonl $F/stream.jsonl --format text
out "jsonl text heads each record" '^== tests/cli/facts/stream.jsonl:4 ==$'
out "jsonl text bad line in place" '^== tests/cli/facts/stream.jsonl:3 ==$'
out "jsonl text error as text" '^error: column 70: applicant.age: expected int'
nout "jsonl text has no JSON" '^{'
t "files text bad file" 3 "$ZAN" eval $P $F/adult.json $F/bad-type.json --format text
out "files text bad file heading" '^== tests/cli/facts/bad-type.json ==$'
nout "files text has no JSON" '^{'
t "lang ru" 0 "$ZAN" eval $P $F/adult.json --explain --lang ru;  out "russian citation" '"статья 1"'
t "lang from LANG" 0 env -u LC_ALL LANG=kk_KZ.UTF-8 "$ZAN" eval $P $F/adult.json --explain
out "kazakh citation" '"1-бап"'

# --- several files: one compact object per line, in input order ---
t "several files" 0 "$ZAN" eval $P $F/adult.json $F/poor.yaml $F/unknown-income.json
lines "three lines" 3
if sed -n 2p "$tmp/out" | grep -q '"a-3"'; then ok; else no "input order" "line 2 is not a-3"; fi
t "several files, one bad" 3 "$ZAN" eval $P $F/adult.json $F/bad-type.json $F/poor.yaml
lines "bad file keeps its line" 3
if sed -n 2p "$tmp/out" | grep -q '"error"'; then ok; else no "bad file error object" "line 2 is no error object"; fi
err "bad file names the path" 'applicant.age'
t "jobs 2 keeps order" 0 "$ZAN" eval $P --jobs 2 $F/adult.json $F/poor.yaml $F/unknown-income.json $F/adult.json
lines "jobs four lines" 4
if sed -n 2p "$tmp/out" | grep -q '"a-3"' && sed -n 3p "$tmp/out" | grep -q '"a-4"'; then ok; else no "jobs order" "out of order"; fi

# --- JSON Lines: a bad line in the middle ---
t "jsonl" 3 "$ZAN" eval $P --jsonl $F/stream.jsonl
lines "jsonl one line per record" 4
if sed -n 2p "$tmp/out" | grep -q '"line": *3'; then ok; else no "jsonl bad line 3" "line 2 of output is not {\"line\": 3}"; fi
if sed -n 4p "$tmp/out" | grep -q '"line": *5'; then ok; else no "jsonl truncated line 5" "line 4 of output is not {\"line\": 5}"; fi
if sed -n 3p "$tmp/out" | grep -q '"s-3"'; then ok; else no "jsonl goes on" "line 3 is not s-3"; fi
err "jsonl stderr names line" 'stream.jsonl:3:'
# a duplicated key in a stream: the warning names both places, as for a whole file
printf '{"applicant": {"id": "d", "age": 1, "age": 40}}\n' > "$tmp/dup.jsonl"
t "jsonl duplicate key" 0 "$ZAN" eval $P --jsonl "$tmp/dup.jsonl" --as-of 2026-03-01
err "jsonl duplicate key warning" 'dup.jsonl:1:37: warning: applicant.age: duplicate key'
err "jsonl duplicate key first place" 'dup.jsonl:1:27: note: first given here'
STDIN=$F/stream.jsonl t "jsonl stdin" 3 "$ZAN" eval --jsonl $P
lines "jsonl stdin lines" 4
# 3000 records: several batches per worker
awk 'BEGIN { for (i = 1; i <= 3000; i++)
  printf "{\"application_date\": \"2026-03-01\", \"applicant\": {\"id\": \"b-%d\", \"age\": %d, \"income\": %d, \"bankrupt\": false}}\n", i, i % 60, (i * 37) % 2000 }' > "$tmp/big.jsonl"
t "jsonl jobs 3" 0 "$ZAN" eval $P --jsonl --jobs 3 "$tmp/big.jsonl"
lines "jsonl jobs lines" 3000
"$ZAN" eval $P --jsonl "$tmp/big.jsonl" > "$tmp/seq" 2>/dev/null
if cmp -s "$tmp/seq" "$tmp/out"; then ok; else no "jsonl jobs same as sequential" "outputs differ"; fi
cp "$tmp/out" "$tmp/par"
STDIN=$tmp/big.jsonl t "jsonl jobs 2 on a stdin file" 0 "$ZAN" eval $P --jsonl -j2
if cmp -s "$tmp/par" "$tmp/out"; then ok; else no "jsonl jobs stdin same" "outputs differ"; fi

# --- --fail-on, --fail-on-undetermined ---
t "fail-on true" 1 "$ZAN" eval $P $F/adult.json --fail-on eligible
t "fail-on false" 0 "$ZAN" eval $P $F/poor.yaml --fail-on flags=bankrupt
t "fail-on set member" 1 "$ZAN" eval $P $F/poor.yaml --fail-on flags=low_income
t "fail-on enum value" 1 "$ZAN" eval $P $F/poor.yaml --fail-on risk=high
t "fail-on other value" 0 "$ZAN" eval $P $F/poor.yaml --fail-on risk=medium
t "fail-on undecided does not fire" 0 "$ZAN" eval $P $F/unknown-income.json --fail-on risk=high
t "fail-on-undetermined" 1 "$ZAN" eval $P $F/unknown-income.json --fail-on-undetermined
t "fail-on-undetermined decided" 0 "$ZAN" eval $P $F/adult.json --fail-on-undetermined
out "output still printed" '"eligible"'

# --- exit code precedence: 70, 4, 2, 5, 3, 1 ---
t "bad facts beat fail-on" 3 "$ZAN" eval $P $F/adult.json $F/bad-type.json --fail-on eligible
t "policy error" 4 "$ZAN" eval tests/cli/no-such-policy $F/adult.json
t "missing fact file" 3 "$ZAN" eval $P $F/none.json
C=tests/golden/eval/conflict
t "conflict beats bad facts" 5 "$ZAN" eval $C/policy.zan $C/facts.json tests/golden/eval/bad-json/facts.json --as-of 2026-03-01
lines "conflict and bad facts: two error lines" 2
err "conflict names both rules" "rule 'hot_red'.*rule 'wet_green'"
t "policy error beats usage" 4 "$ZAN" eval tests/cli/no-such-policy $F/adult.json --as-of never
t "usage beats conflict and facts" 2 "$ZAN" eval $P $F/bad-type.json --fail-on nothing

# --- zan schema ---
t "schema" 0 "$ZAN" schema $P;  out "schema header" '"\$schema"'; out "schema fact" '"applicant"'
t "schema bad policy" 4 "$ZAN" schema tests/cli/no-such-policy

# --- zan facts ---
t "facts canonical" 0 "$ZAN" facts $F/poor.yaml;  out "facts sorted keys" '^{"applicant":'
t "facts bad" 3 "$ZAN" facts tests/cli/facts/stream.jsonl
t "facts with policy" 0 "$ZAN" facts --policy $P $F/adult.json
t "facts with policy, bad" 3 "$ZAN" facts $F/bad-type.json --policy $P;  err "facts path" 'applicant.age'

# --- zan check, zan test ---
t "check" 0 "$ZAN" check $P;  err "check summary" '^ok: '
t "test passes" 0 "$ZAN" test $P;  out "test closing line" '^5 passed, 0 failed$'
t "test -v" 0 "$ZAN" test -v $P;  out "test -v lists" '^ok '; out "case title" '^ok   case tests/cli/loans/tests/01-adult$'
t "test fails" 1 "$ZAN" test tests/cli/failing
out "failing closing line" '^1 passed, 4 failed$'
out "comparison values" 'n + 1 is 21, expected 5'; out "unknown expect" 'big is unknown'; out "failure place" 'failing.zan:[0-9]*:[0-9]*'
out "failure value" 'big is false'
t "test coverage" 0 "$ZAN" test --coverage $P;  out "coverage line" '^coverage: '
# the report in the chosen language; the closing line stays English (CI parses it)
t "test --lang ru" 1 "$ZAN" test --lang ru tests/cli/failing
out "ru failure" '^НЕ ПРОЙДЕН '; out "ru value" 'n + 1 равно 21, ожидалось 5'; out "ru closing line" '^1 passed, 4 failed$'
nout "ru has no English report words" 'FAIL\|expected\| is '
t "test LANG=kk" 1 env LC_ALL= LANG=kk_KZ.UTF-8 "$ZAN" test tests/cli/failing
out "kk failure" '^ӨТПЕДІ '; out "kk closing line" '^1 passed, 4 failed$'
# what operators see: `at least`, `undetermined needs`, and an unknown expect's missing facts
t "operator view" 1 "$ZAN" test tests/cli/operator-view;  out "operator view closing line" '^6 passed, 1 failed$'
out "at least: the bound seen" '^    tier is at least high$'
out "needs: the expected named" 'expect tier undetermined needs {system.military, system.research}$'
out "needs: the actual named" '^    tier is undetermined, needs system.manipulative$'
out "unknown expect: missing facts" 'missing facts system.manipulative)$'
out "set at least" 'expect prohibited at least {manipulation}$'
t "operator view ru" 1 "$ZAN" test --lang ru tests/cli/operator-view;  out "ru at least" '^    решение tier не менее high$'
out "ru missing facts" 'не заданы факты system.manipulative)$'
t "check --lang ru" 0 "$ZAN" check --lang ru $P;  err "ru check summary" '^ok: .*: модулей: '
t "missing argument ru" 2 "$ZAN" eval --lang ru;  err "ru usage" 'не хватает аргумента'

# --- amounts: an output's unit, rounding and per cent, as each language writes them ---
A=tests/golden/render/amounts
nnbsp=$(printf '\342\200\257'); nbsp=$(printf '\302\240')
t "amounts text ru" 0 "$ZAN" eval $A $A/facts.json --format text --lang ru
out "ru: thin-space groups, comma, unit" "617${nnbsp}283,51 ₸"; out "ru: per cent spaced" '20,94 %'
t "amounts text en" 0 "$ZAN" eval $A $A/facts.json --format text --lang en
out "en: comma groups, point" '617,283.51 ₸'; out "en: per cent close up" '20.94%'
out "en: half_even keeps the even cent" '617,283.50 ₸'; out "en: unit by language" '1,500 MCI'
t "amounts json kk" 0 "$ZAN" eval $A $A/facts.json --lang kk
out "json: exact decision kept" '"half_debt_up":617283.505,'
out "json: rounded and text beside it" "\"half_debt_up\":{\"rounded\":617283.51,\"text\":\"617${nnbsp}283,51${nbsp}₸\"}"
out "json: unit in kk" '"text":"1.500.АЕК"'
# an undetermined amount has no rendering; the decision is null
echo '{"days_late": 45}' > "$tmp/nodebt.json"
t "amounts undetermined" 0 "$ZAN" eval $A "$tmp/nodebt.json" --lang en
out "undetermined: null decision" '"penalty":null'
out "undetermined: no amount, the others still rendered" '"amounts":{"penalty_rate":{[^}]*},"fine_mrp":{"rounded":1500'
t "no rendering, no amounts key" 0 "$ZAN" eval $P $F/adult.json;  nout "no amounts key" '"amounts"'

# --- the checklist a policy declares (`unmet when F intersects FN`): printed, checked, formatted ---
U=tests/golden/render/unmet
t "checklist" 0 "$ZAN" eval $U/policy.zan $U/facts.json --format text
out "checklist heading" '^DUTIES — CHECKLIST$'
out "not met, with its finding" '^  \[!\] NOT MET      Keep records$'
out "unknown, with the fact" '^                   needs: Report filed (reported)$'
# the declared function, not `decoy` (same shape, declared first), which would flag every duty
out "declared function used" '^  \[-\] not checked  Appoint an officer$'
t "checklist ru" 0 "$ZAN" eval $U/policy.zan $U/facts.json --format text --lang ru
out "ru checklist" '^  \[!\] НЕ ИСПОЛНЕНА    Ведение записей$'
sed 's/intersects shows/intersects show/' $U/policy.zan > "$tmp/unmet.zan"
t "clause naming no function" 4 "$ZAN" check "$tmp/unmet.zan"
err "clause error placed" "unmet.zan:25:34: error: unknown function 'show'; did you mean 'shows'?"
cp $U/policy.zan "$tmp/unmet.zan"
t "fmt to ru" 0 "$ZAN" fmt --keywords ru "$tmp/unmet.zan"
if grep -q '^  не исполнено когда findings пересекается с shows$' "$tmp/unmet.zan"; then ok; else no "ru clause" "$(grep -n shows "$tmp/unmet.zan")"; fi
t "fmt back to en" 0 "$ZAN" fmt --keywords en "$tmp/unmet.zan"
if cmp -s $U/policy.zan "$tmp/unmet.zan"; then ok; else no "round trip" "$(diff $U/policy.zan "$tmp/unmet.zan")"; fi

summary cli
