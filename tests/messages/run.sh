#!/bin/sh
# run.sh ZAN — messages and noise (issue 13 item 5): zan check's summary also when it fails,
# authoring warnings shown by check and test but not by eval, -q accepted by every verb, "did
# you mean" for an unknown field of a fact file and --strict making it an error (exit 3), and
# facts without a label named by their path in text reports. Closes with
# `messages: N passed, N failed`.
. "$(dirname "$0")/../lib.sh"   # ZAN, the repository root, $tmp, ok/no/t/out/err/nout, summary
M=tests/messages
P=$M/nationality.zan

# nerr NAME PATTERN — the last run's stderr does not match
nerr() { if grep -q -- "$2" "$tmp/err"; then no "$1" "stderr has /$2/"; else ok; fi; }

# --- zan check: a summary line whether it passes or fails ---
t "check ok" 0 "$ZAN" check $P;                   err "ok summary" "^ok: $P: 1 module, 2 rules"
t "check fails" 4 "$ZAN" check $M/bad.zan;        err "failed summary" "^failed: $M/bad.zan: 1 error, 1 warning$"
tail -n 1 "$tmp/err" | grep -q '^failed: ' && ok || no "failed summary is the last line" "$(tail -n 1 "$tmp/err")"
t "check fails ru" 4 "$ZAN" check --lang ru $M/bad.zan
err "failed summary ru" "^ошибка: $M/bad.zan: ошибок: 1, предупреждений: 1$"
t "check fails kk" 4 "$ZAN" check --lang kk $M/bad.zan
err "failed summary kk" "^қате: $M/bad.zan: 1 қате, 1 ескерту$"
t "check -q fails" 4 "$ZAN" check -q $M/bad.zan;  nerr "no summary with -q" '^failed: '
err "error still printed with -q" "expected bool, found int"

# --- authoring warnings: for check and test, not for eval and the other operator verbs ---
t "check warns" 0 "$ZAN" check $P;                err "check shows the warning" "warning: rule 'uncited' cites no article"
t "test warns" 0 "$ZAN" test $P;                  err "test shows the warning" "warning: rule 'uncited' cites no article"
t "eval silent" 0 "$ZAN" eval $P $M/father-no.json; nerr "eval shows no authoring warning" 'warning'
t "schema silent" 0 "$ZAN" schema $P;             nerr "schema shows no authoring warning" 'warning'
t "eval keeps policy errors" 4 "$ZAN" eval $M/bad.zan $M/father-no.json
err "eval shows the policy's error" "expected bool, found int"

# --- -q works for every verb: each listed verb's help offers it, and it is accepted ---
t "help" 0 "$ZAN" --help
for v in $(sed -n 's/^  \([a-z][a-z0-9]*\)  .*/\1/p' "$tmp/out"); do
  t "help $v" 0 "$ZAN" help "$v";                 out "$v offers -q" '^  -q, --quiet'
done
t "test -q" 0 "$ZAN" test -q $P;                  nout "test -q: no closing line" 'passed'
nerr "test -q: no warnings" 'warning'
t "test -q failing" 1 "$ZAN" test -q tests/cli/failing;  out "test -q still prints failures" '^FAIL '
t "eval -q" 0 "$ZAN" eval -q $P $M/typos.json;    nerr "eval -q: no fact warnings" 'warning'
out "eval -q still decides" '"subject": *"c-2"'
t "facts -q" 0 "$ZAN" facts -q --policy $P $M/typos.json;  nerr "facts -q: no warnings" 'warning'
t "schema -q" 0 "$ZAN" schema -q $P;              out "schema -q prints the schema" '"\$schema"'
t "fmt -q" 0 "$ZAN" fmt -q - < $P
STDIN=$P t "fmt -q filters" 0 "$ZAN" fmt -q -;    out "fmt -q writes the file" '^policy nationality'

# --- unknown fields in fact files: "did you mean", --strict makes them errors ---
t "typo warns" 0 "$ZAN" eval $P $M/typos.json
err "did you mean a group" 'warning: fathr: unknown field "fathr": the policy declares no such fact; it is ignored; did you mean "father"?'
err "no guess far from every key" 'warning: child.nmae: unknown field "nmae": the policy declares no such fact; it is ignored$'
err "no guess when nothing is close" 'warning: zzz: unknown field "zzz": the policy declares no such fact; it is ignored$'
t "typo ru" 0 "$ZAN" eval --lang ru $P $M/typos.json
err "did you mean ru" 'неизвестное поле "fathr": .*возможно, имелось в виду "father"?'
t "typo kk" 0 "$ZAN" eval --lang kk $P $M/typos.json
err "did you mean kk" 'белгісіз өріс "fathr": .*мүмкін, "father" болар?'
t "YAML typo" 0 "$ZAN" eval $P $M/typos.yaml;     err "YAML did you mean" 'child.di: unknown field "di": .*did you mean "id"?'
t "strict" 3 "$ZAN" eval --strict $P $M/typos.json
err "strict error" 'error: fathr: unknown field "fathr": the policy declares no such fact (--strict); did you mean "father"?'
nout "strict: no decision" '"decisions"'
t "strict clean file" 0 "$ZAN" eval --strict $P $M/father-no.json
t "strict YAML" 3 "$ZAN" eval --strict $P $M/typos.yaml
t "strict jsonl" 3 "$ZAN" eval --strict --jsonl $P $M/typos.jsonl
out "strict jsonl: the good line decides" '"subject":"c-3"'
out "strict jsonl: the bad line is an error object" '"line": 2, "error": .*idd.*--strict'
t "jsonl without strict" 0 "$ZAN" eval --jsonl $P $M/typos.jsonl
err "jsonl warns" 'typos.jsonl:2:.*warning: child.idd: unknown field "idd": .*did you mean "id"?'
t "facts strict" 3 "$ZAN" facts --strict --policy $P $M/typos.json
t "strict ru" 3 "$ZAN" eval --strict --lang ru $P $M/typos.json
err "strict ru error" 'error: fathr: неизвестное поле "fathr": политика не объявляет такого факта (--strict)'

# --- text reports: a fact without a label is named by its path ---
t "text report" 0 "$ZAN" eval $P $M/father-no.json --format text --explain
out "known fact by path" 'father.british_citizen = no'
out "unknown fact by path" 'mother.british_citizen = unknown'
out "needed fact by path" '• mother.british_citizen$'
nout "no bare last segment" '[ ;]british_citizen = '

summary messages
