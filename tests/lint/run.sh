#!/bin/sh
# run.sh ZAN — `zan lint`: each kind of finding on a small policy of our own (tests/lint/policy),
# reasoned allow comments, JSON and text in en/ru/kk; the bundled law and the stdlib are clean;
# in a copy of the law with a planted conflict and a planted rule that can never apply, both are
# reported and every conflict's witness makes `zan eval` exit 5; usage and policy errors.
. "$(dirname "$0")/../lib.sh"
P=tests/lint/policy
ZAN_TODAY=2026-03-01; export ZAN_TODAY

# json_get FILE EXPR — a value from a JSON file (python3: .ci/run installs it)
json_get() { python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(eval(sys.argv[2]))' "$1" "$2"; }
# witnesses NAME POLICY JSON [KIND MESSAGE] — writes the witness of each finding of KIND
# (conflict) and runs zan eval on it: exit 5, stderr matching MESSAGE ("conflict in output")
witnesses() {
  kind=${4:-conflict} msg=${5:-conflict in output}
  n=$(json_get "$3" 'len([f for f in d["findings"] if f["kind"]=="'"$kind"'"])')
  [ "$n" -gt 0 ] || { no "$1" "no $kind to check"; return; }
  i=0
  while [ "$i" -lt "$n" ]; do
    python3 -c 'import json,sys; c=[f for f in json.load(open(sys.argv[1]))["findings"] if f["kind"]==sys.argv[4]][int(sys.argv[2])]; json.dump(c["witness"], open(sys.argv[3],"w")); print(c["as_of"])' \
      "$3" "$i" "$tmp/w$i.json" "$kind" > "$tmp/asof" || { no "$1" "witness $i unreadable"; return; }
    t "$1-eval-$i" 5 "$ZAN" eval "$2" "$tmp/w$i.json" --as-of "$(cat "$tmp/asof")"
    err "$1-eval-$i-message" "$msg"
    i=$((i + 1))
  done
}

# --- the small policy: one finding of each kind ---
t small-text 1 "$ZAN" lint $P
out small-conflict "conflict: rules 'adult_limit' and 'business_limit' can both apply to output 'limit'"
out small-conflict-output-read "conflict: rules 'late' and 'bad_allow' can both apply to output 'review'"
out small-never "never-applies: rule 'impossible' can never apply"
out small-never-set "never-applies: rule 'tagged' can never apply"
out small-outside "policy.zan:85:6: outside-articles: rule 'late'"
out small-unused "unused-fact: fact 'client.note'"
out small-undefined "undefined-output: output 'orphan'"
out small-uncited "uncited-article: article 3 is cited"
out small-bad-allow "policy.zan:103:1: bad-allow"
out small-never-subset "never-applies: rule 'subset_tagged' can never apply"
out small-redundant "policy.zan:70:6: redundant: rule 'young_limit' is redundant: wherever it applies, rule 'minor_limit' applies with the same value"
out small-no-effect "exception-no-effect: exception 'same_minor' never changes the result of its rule 'minor_limit'"
out small-param "param-before-first-date: rule 'rated' reads parameter 'rate' before its first date (2020-01-01)"
out small-summary "^13 findings, 3 allowed by reasoned comments$"
# rules that matter are not redundant: the rule an exception narrows, the exception that changes it
nout small-not-redundant-minor "redundant: rule 'minor_limit'"
nout small-not-no-effect-bankrupt "exception 'bankrupt_minor'"
# alike but not conflicting: an exception and its rule, siblings with one value, disjoint conditions
nout small-no-exception-conflict "'minor_limit' and 'bankrupt_minor'"
nout small-no-same-value "'minor_limit' and 'young_limit'"
nout small-no-disjoint "'adult_limit' and 'minor_limit'"
# allowed with a reason: not listed
nout small-allowed-never "allowed_never"
nout small-allowed-fact "client.branch"
nout small-allowed-article "article 4"
nout small-subject "client.id"

t small-json 1 "$ZAN" lint $P --format json
cp "$tmp/out" "$tmp/small.json"
if [ "$(json_get "$tmp/small.json" 'len(d["findings"])')" = 13 ]; then ok; else no small-json-count "not 13 findings"; fi
if [ "$(json_get "$tmp/small.json" '[f["parameter"] for f in d["findings"] if f["kind"]=="param-before-first-date"]')" = "['rate']" ]; then ok
else no small-json-parameter "parameter"; fi
if [ "$(json_get "$tmp/small.json" '[f["rules"] for f in d["findings"] if f["kind"]=="exception-no-effect"]')" = "[['same_minor', 'minor_limit']]" ]; then ok
else no small-json-no-effect "rules"; fi
if [ "$(json_get "$tmp/small.json" 'd["findings"][0]["rules"]')" = "['adult_limit', 'business_limit']" ]; then ok; else no small-json-rules "rules"; fi
if [ "$(json_get "$tmp/small.json" 'd["findings"][0]["at"]')" = "tests/lint/policy/policy.zan:59:6" ]; then ok; else no small-json-at "at"; fi
if [ "$(json_get "$tmp/small.json" 'd["allowed"]')" = 3 ]; then ok; else no small-json-allowed "allowed"; fi
witnesses small $P "$tmp/small.json"
witnesses small-param $P "$tmp/small.json" param-before-first-date "parameter 'rate' has no value"

# a redundant rule or an exception without effect taken out changes no decision (zan impact
# proves it over every fact file); a rule that matters taken out does
# cut NAME — $tmp/cut: the small policy without the rule or exception NAME (up to a blank line)
cut() {
  rm -rf "$tmp/cut" && mkdir "$tmp/cut"
  python3 - $P/policy.zan "$1" > "$tmp/cut/policy.zan" <<'PY'
import re, sys
src = open(sys.argv[1], encoding="utf-8").read() + "\n"
out = re.sub(r"\n(rule|exception) %s .*?\n\n" % sys.argv[2], "\n\n", src, flags=re.S)
assert out != src
print(out, end="")
PY
}
cut young_limit
t cut-redundant 0 "$ZAN" impact $P "$tmp/cut" --format json
out cut-redundant-limit '"cannot_differ": \[[^]]*"limit"'
cut same_minor
t cut-no-effect 0 "$ZAN" impact $P "$tmp/cut" --format json
out cut-no-effect-limit '"cannot_differ": \[[^]]*"limit"'
cut bankrupt_minor
t cut-effect 1 "$ZAN" impact $P "$tmp/cut" --format json
out cut-effect-limit '{"output": "limit"'
nout cut-effect-not-same '"cannot_differ": \[[^]]*"limit"'

t small-ru 1 "$ZAN" lint $P --lang ru
out small-ru-never "правило 'impossible' никогда не применяется"
out small-ru-summary "замечаний: 13"
out small-ru-redundant "правило 'young_limit' избыточно"
t small-kk 1 "$ZAN" lint $P --lang kk
out small-kk-never "'impossible' ережесі ешқашан қолданылмайды"
out small-kk-summary "ескертулер: 13"
out small-kk-redundant "'young_limit' ережесі артық"

# --- the bundled law and the stdlib: clean (or allowed with reasons) ---
t law-clean 0 "$ZAN" lint kz-ai-law
out law-clean-summary "^0 findings"
t stdlib-clean 0 "$ZAN" lint stdlib
t law-clean-json 0 "$ZAN" lint kz-ai-law --format json
out law-clean-json-empty '"findings": \[\]'

# --- a copy of the law with a planted conflict and a rule that can never apply ---
cp -r policies/kz-ai-law "$tmp/law"
rm -f "$tmp"/law/tests*.zan
cat >> "$tmp/law/fines.zan" <<'ZAN'

-- planted: a second rule for the combine-less fine
rule planted_conflict
  cites "21.2"
  in force from 2026-01-18
  when system.synthetic_results and system.operator_size = large
  then labelling_fine_mrp = 7

-- planted: no system is of two sizes
rule planted_never
  cites "21.2"
  when system.operator_size = large and system.operator_size = small
  then labelling_fine_kzt = 1
ZAN
t planted 1 "$ZAN" lint "$tmp/law" --format json
cp "$tmp/out" "$tmp/planted.json"
out planted-conflict '"kind": "conflict", "rules": \["first_offence", "planted_conflict"\]'
out planted-never '"kind": "never-applies", "rules": \["planted_never"\]'
witnesses planted "$tmp/law" "$tmp/planted.json"

# --- bad input ---
t bad-format 2 "$ZAN" lint $P --format xml
t no-policy 4 "$ZAN" lint "$tmp/nowhere"
printf 'policy broken\n  version "1"\nrule r when then\n' > "$tmp/broken.zan"
t broken-policy 4 "$ZAN" lint "$tmp/broken.zan"
t help 0 "$ZAN" --help
out help-lists-lint "lint"

summary lint
