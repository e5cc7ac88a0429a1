#!/bin/sh
# run.sh ZAN — `zan impact`: in a copy of the bundled law with one fine changed, over the law's
# examples, our own facts (tests/impact/facts: files, YAML, a JSON Lines stream, bad records)
# and, when ../shared/acceptance exists, the acceptance cases, the inputs listed as changed are
# exactly those where `zan eval` on the two policies gives different decisions, and the inputs
# either cannot read are errors; text in en/ru/kk; PATH@REV from a git repository of our own;
# the static version's witnesses checked with `zan eval`; usage, policy and revision errors.
. "$(dirname "$0")/../lib.sh"
F=tests/impact/facts
ZAN_TODAY=2026-03-01; export ZAN_TODAY

# json_get FILE EXPR — a value from a JSON file
json_get() { python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(eval(sys.argv[2]))' "$1" "$2"; }

# --- a copy of the law with one fine changed: the repeat offence of a large operator ---
cp -r policies/kz-ai-law "$tmp/law"
sed 's/large -> 200/large -> 210/' policies/kz-ai-law/fines.zan > "$tmp/law/fines.zan"
if cmp -s policies/kz-ai-law/fines.zan "$tmp/law/fines.zan"; then no fine-changed "sed changed nothing"; else ok; fi

# the inputs: the law's examples, our facts, the acceptance cases when the shared folder is here
set -- policies/kz-ai-law/examples/*.json policies/kz-ai-law/examples/*.yaml \
  $F/*.json $F/*.yaml $F/*.jsonl
if [ -d ../shared/acceptance/cases-v2 ]; then
  set -- "$@" ../shared/acceptance/cases-v2/*/facts.json ../shared/acceptance/cases-v2/*/facts.yaml
else
  echo "impact: ../shared/acceptance not here: the acceptance cases are skipped"
fi

# What zan eval says: for each input (each non-blank line of a .jsonl), both policies'
# decisions compared (decisions and undetermined, or a run-time error's message); an input
# either policy cannot read (exit 3, a record's error object) is an error. Prints the lists
# the report must have: {"changed": ["file" or "file:line"], "errors": [...]}.
python3 - "$ZAN" "$tmp/law" "$@" > "$tmp/expected.json" <<'PY' || no expected "python"
import json, subprocess, sys
zan, new, inputs = sys.argv[1], sys.argv[2], sys.argv[3:]
def decide(policy, path):
    """{name: ("facts", None) | ("ok", what the decision says)}"""
    if not path.endswith(".jsonl"):
        p = subprocess.run([zan, "eval", policy, path], capture_output=True, text=True)
        if p.returncode == 3: return {path: ("facts", None)}
        d = json.loads(p.stdout)
        return {path: ("ok", json.dumps([d.get("decisions"), d.get("undetermined"), d.get("error")]))}
    p = subprocess.run([zan, "eval", policy, path, "--jsonl"], capture_output=True, text=True)
    records = [i + 1 for i, l in enumerate(open(path, encoding="utf-8")) if l.strip()]
    out = {}
    for line, d in zip(records, [json.loads(l) for l in p.stdout.splitlines()]):
        name = "%s:%d" % (path, line)
        out[name] = ("facts", None) if "error" in d and "decisions" not in d else \
                    ("ok", json.dumps([d["decisions"], d["undetermined"]]))
    return out
changed, errors = [], []
for path in inputs:
    a, b = decide("kz-ai-law", path), decide(new, path)
    for name in a:
        if a[name][0] == "facts" or b[name][0] == "facts": errors.append(name)
        elif a[name] != b[name]: changed.append(name)
print(json.dumps({"changed": changed, "errors": errors}))
PY

t law-json 3 "$ZAN" impact kz-ai-law "$tmp/law" "$@" --format json
cp "$tmp/out" "$tmp/report.json"
python3 - "$tmp/report.json" "$tmp/expected.json" > "$tmp/cmp" <<'PY'
import json, sys
rep, exp = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
name = lambda e: "%s:%d" % (e["file"], e["line"]) if "line" in e else e["file"]
for key in ("changed", "errors"):
    got, want = sorted(name(e) for e in rep[key]), sorted(exp[key])
    print(key, "same" if got == want else "got %s want %s" % (got, want))
PY
if grep -q "^changed same$" "$tmp/cmp"; then ok; else no law-changed-as-eval "$(cat "$tmp/cmp")"; fi
if grep -q "^errors same$" "$tmp/cmp"; then ok; else no law-errors-as-eval "$(cat "$tmp/cmp")"; fi
# the change is seen at all: our own facts and the example of a large repeat offender
for f in "$F/large-repeat.json" "$F/records.jsonl:1" policies/kz-ai-law/examples/voice-clone-dubbing.json; do
  if json_get "$tmp/report.json" '[e["file"] + (":%d" % e["line"] if "line" in e else "") for e in d["changed"]]' |
     grep -q "'$f'"; then ok; else no "law-lists-$f" "not in changed"; fi
done
# … and not where it cannot be: before the fine is in force, a first offence, another size
for f in "$F/before-in-force.json" "$F/small-first.yaml" "$F/records.jsonl:2"; do
  if grep -q "\"$f\"" "$tmp/report.json"; then no "law-not-$f" "listed"; else ok; fi
done
if [ "$(json_get "$tmp/report.json" 'sorted(d["by_output"])')" = "['labelling_fine_kzt', 'labelling_fine_mrp']" ]; then ok
else no law-by-output "$(json_get "$tmp/report.json" 'd["by_output"]')"; fi
if [ "$(json_get "$tmp/report.json" 'sorted(d["by_rule"])')" = "['fine_in_tenge', 'repeat_offence']" ]; then ok
else no law-by-rule "$(json_get "$tmp/report.json" 'd["by_rule"]')"; fi
if [ "$(json_get "$tmp/report.json" '[e for e in d["changed"] if e["file"].endswith("large-repeat.json")][0]["values"]["labelling_fine_mrp"]')" = "{'old': 200, 'new': 210}" ]; then ok
else no law-values "old and new fine"; fi
if [ "$(json_get "$tmp/report.json" '[e["line"] for e in d["errors"] if e["file"].endswith(".jsonl")]')" = "[4]" ]; then ok
else no law-jsonl-error-line "the bad record's line"; fi

# --- text, in three languages ---
t text-en 1 "$ZAN" impact kz-ai-law "$tmp/law" $F/large-repeat.json $F/small-first.yaml
out text-en-changed "^tests/impact/facts/large-repeat.json: decisions differ$"
out text-en-value "^  labelling_fine_mrp: 200 -> 210$"
out text-en-rules "^  rules whose application changed: repeat_offence, fine_in_tenge$"
out text-en-summary "^1 of 2 inputs have different decisions, 1 the same, 0 not read$"
out text-en-by-rule "^  repeat_offence: 1$"
t text-ru 1 "$ZAN" impact kz-ai-law "$tmp/law" $F/large-repeat.json --lang ru
out text-ru "решения различаются"
out text-ru-rules "правила, применение которых изменилось: repeat_offence"
t text-kk 1 "$ZAN" impact kz-ai-law "$tmp/law" $F/large-repeat.json --lang kk
out text-kk "шешімдер әртүрлі"
out text-kk-rules "қолданылуы өзгерген ережелер: repeat_offence"

# --- nothing changed: exit 0; JSON Lines from stdin ---
t same 0 "$ZAN" impact kz-ai-law kz-ai-law $F/large-repeat.json --format json
out same-none '"changed": \[\]'
out same-unchanged '"unchanged": 1'
STDIN=$F/records.jsonl t stdin-jsonl 3 "$ZAN" impact kz-ai-law "$tmp/law" --jsonl --format json
out stdin-jsonl-line '"line": 1'
out stdin-jsonl-unchanged '"unchanged": 2'

# --- the static version: outputs that can differ, each witness checked with zan eval ---
t static 1 "$ZAN" impact kz-ai-law "$tmp/law" --format json
cp "$tmp/out" "$tmp/static.json"
if [ "$(json_get "$tmp/static.json" 'sorted(e["output"] for e in d["can_differ"])')" = "['labelling_fine_kzt', 'labelling_fine_mrp']" ]; then ok
else no static-can-differ "$(json_get "$tmp/static.json" 'd["can_differ"]')"; fi
out static-cannot '"cannot_differ": \[.*"prohibited"'
out static-settled '"unsettled": \[\]'
n=$(json_get "$tmp/static.json" 'len(d["can_differ"])')
i=0
while [ "$i" -lt "$n" ]; do
  python3 -c 'import json,sys; c=json.load(open(sys.argv[1]))["can_differ"][int(sys.argv[2])]; json.dump(c["witness"], open(sys.argv[3],"w")); print(c["as_of"], c["output"])' \
    "$tmp/static.json" "$i" "$tmp/w$i.json" > "$tmp/asof"
  read -r asof output < "$tmp/asof"
  "$ZAN" eval kz-ai-law "$tmp/w$i.json" --as-of "$asof" > "$tmp/old$i.json" 2>/dev/null
  "$ZAN" eval "$tmp/law" "$tmp/w$i.json" --as-of "$asof" > "$tmp/new$i.json" 2>/dev/null
  if [ "$(json_get "$tmp/old$i.json" "d['decisions']['$output']")" != "$(json_get "$tmp/new$i.json" "d['decisions']['$output']")" ]
  then ok; else no "static-witness-$output" "zan eval gives the same on the witness"; fi
  i=$((i + 1))
done
t static-text 1 "$ZAN" impact kz-ai-law "$tmp/law"
out static-text-differs "^output labelling_fine_mrp can differ: as of .*, the old policy gives 200, the new 210"
out static-text-summary "^2 outputs can differ"
# one policy against itself: every output proved the same, exit 0
t static-same 0 "$ZAN" impact kz-ai-law kz-ai-law --format json
out static-same-none '"can_differ": \[\]'
out static-same-settled '"unsettled": \[\]'
t static-ru 1 "$ZAN" impact kz-ai-law "$tmp/law" --lang ru
out static-ru "решение labelling_fine_mrp может различаться"

# --- PATH@REV: a git repository of our own, the fine changed in a second commit ---
if command -v git >/dev/null 2>&1; then
  mkdir "$tmp/repo"
  cp -r policies/kz-ai-law "$tmp/repo/law"
  g() { git -C "$tmp/repo" -c user.name=t -c user.email=t@example.org -c commit.gpgsign=false "$@" >/dev/null 2>&1; }
  g init -q && g add law && g commit -q -m old
  cp "$tmp/law/fines.zan" "$tmp/repo/law/fines.zan"
  g commit -q -a -m new
  t rev 1 "$ZAN" impact "$tmp/repo/law@HEAD~1" "$tmp/repo/law" $F/large-repeat.json $F/small-first.yaml --format json
  out rev-changed '"file": "tests/impact/facts/large-repeat.json"'
  out rev-unchanged '"unchanged": 1'
  t rev-both 0 "$ZAN" impact "$tmp/repo/law@HEAD" "$tmp/repo/law" $F/large-repeat.json
  t rev-file 1 "$ZAN" impact "$tmp/repo/law@HEAD~1" "$tmp/repo/law@HEAD" $F/large-repeat.json
  if ls /tmp/zan-impact-* >/dev/null 2>&1 && [ -n "$(find /tmp -maxdepth 1 -name 'zan-impact-*' -newer "$tmp/law" 2>/dev/null)" ]
  then no rev-cleanup "a temporary export is left in /tmp"; else ok; fi
  t rev-unknown 4 "$ZAN" impact "$tmp/repo/law@no-such-rev" "$tmp/repo/law" $F/large-repeat.json
  err rev-unknown-msg "cannot read '.*/repo/law' at revision 'no-such-rev': git says:"
  t rev-not-git 4 "$ZAN" impact "$tmp/law@HEAD" "$tmp/law" $F/large-repeat.json
  err rev-not-git-msg "is not in a git repository, so '@HEAD' names no revision"
  PATH=/nonexistent t rev-no-git 4 "$ZAN" impact "$tmp/repo/law@HEAD" "$tmp/law" $F/large-repeat.json
  err rev-no-git-msg "cannot run git to read"
else
  echo "impact: git is not installed: PATH@REV is not tested"
fi

# --- bad input ---
t bad-format 2 "$ZAN" impact kz-ai-law kz-ai-law $F/large-repeat.json --format xml
t bad-date 2 "$ZAN" impact kz-ai-law kz-ai-law $F/large-repeat.json --as-of 2026-02-30
t one-policy 2 "$ZAN" impact kz-ai-law
t no-policy 4 "$ZAN" impact kz-ai-law "$tmp/nowhere" $F/large-repeat.json
t missing-file 3 "$ZAN" impact kz-ai-law kz-ai-law "$tmp/none.json" --format json
out missing-file-error '"errors": \['
t stdin-twice 2 "$ZAN" impact kz-ai-law kz-ai-law - -
t help 0 "$ZAN" impact --help
out help-exit "exit: 0 nothing differs"

summary impact
