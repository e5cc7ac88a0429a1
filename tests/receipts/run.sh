#!/bin/sh
# run.sh ZAN — receipts and `zan verify` (docs/receipts.md): facts_sha256 is kept by key order,
# whitespace and JSON vs YAML and changed by any value; policy_sha256 is recomputed here with
# sha256sum; receipts on streams only with --receipt; verify passes on an untouched decision and
# lists the differences of an edited decision, edited facts and an edited policy; bad inputs get
# their message and exit code. Closes with `receipts: N passed, N failed`.
. "$(dirname "$0")/../lib.sh"   # ZAN, the repository root, $tmp, ok/no/t/out/err/nout, summary
P=$tmp/loans
mkdir "$P" && cp tests/cli/loans/loans.zan "$P/"
# field NAME FILE — the string value of "NAME" in a compact decision object
field() { sed -n "s/.*\"$1\":\"\\([^\"]*\\)\".*/\\1/p" "$2" | head -n 1; }
# same_field NAME A B / differ_field NAME A B
same_field() { a=$(field "$1" "$2"); b=$(field "$1" "$3")
  if [ -n "$a" ] && [ "$a" = "$b" ]; then ok; else no "$4" "$1: '$a' vs '$b'"; fi; }
differ_field() { a=$(field "$1" "$2"); b=$(field "$1" "$3")
  if [ -n "$a" ] && [ -n "$b" ] && [ "$a" != "$b" ]; then ok; else no "$4" "$1: '$a' vs '$b'"; fi; }

# --- the facts' hash: the same facts written differently, then one value changed ---
printf '{"application_date": "2026-03-01", "applicant": {"id": "a-1", "age": 40, "income": 3000, "bankrupt": false}}\n' > "$tmp/a.json"
printf '{\n  "applicant": {\n    "bankrupt": false,\n    "income": 3000,\n\t"age": 40,   "id": "a-1"\n  },\n  "application_date": "2026-03-01"\n}\n' > "$tmp/a-reordered.json"
printf 'applicant:\n  income: 3000\n  bankrupt: false\n  id: a-1\n  age: 40\napplication_date: 2026-03-01\n' > "$tmp/a.yaml"
printf '{"application_date": "2026-03-01", "applicant": {"id": "a-1", "age": 40, "income": 3001, "bankrupt": false}}\n' > "$tmp/a-changed.json"
printf '{"application_date": "2026-03-01", "applicant": {"id": "a-1", "age": 40, "income": 3000, "bankrupt": false, "pet": "cat"}}\n' > "$tmp/a-extra.json"
for f in a a-reordered a-changed a-extra; do "$ZAN" eval "$P" "$tmp/$f.json" > "$tmp/$f.out" 2>/dev/null; done
"$ZAN" eval "$P" "$tmp/a.yaml" > "$tmp/a-yaml.out"
out_of() { cp "$1" "$tmp/out"; }
out_of "$tmp/a.out"
out "receipt fields" '"receipt":{"zan_version":"[0-9.]*","policy":{"alias":"cli-loans","version":"1.0"},"policy_sha256":"[0-9a-f]\{64\}","facts_sha256":"[0-9a-f]\{64\}","as_of":"2026-03-01"}}$'
same_field facts_sha256 "$tmp/a.out" "$tmp/a-reordered.out" "key order and whitespace keep facts_sha256"
same_field facts_sha256 "$tmp/a.out" "$tmp/a-yaml.out" "YAML keeps facts_sha256"
same_field facts_sha256 "$tmp/a.out" "$tmp/a-extra.out" "a field the policy does not read keeps facts_sha256"
differ_field facts_sha256 "$tmp/a.out" "$tmp/a-changed.out" "one changed value changes facts_sha256"
same_field policy_sha256 "$tmp/a.out" "$tmp/a-changed.out" "the policy's hash does not depend on the facts"
v=$("$ZAN" --version | cut -d' ' -f2); out "zan_version is zan --version's" "\"zan_version\":\"$v\""

# --- the policy's hash, recomputed: each module by name, NAME \n LENGTH \n BYTES ---
want=$({ printf 'loans\n%s\n' "$(wc -c < "$P/loans.zan" | tr -d ' ')"; cat "$P/loans.zan"; } | sha256sum | cut -d' ' -f1)
if [ "$(field policy_sha256 "$tmp/a.out")" = "$want" ]; then ok; else no "policy_sha256 = sha256sum of the canonical sources" "$(field policy_sha256 "$tmp/a.out") vs $want"; fi

# --- streams: receipts only with --receipt; a line saved alone verifies ---
cat "$tmp/a.json" "$tmp/a-changed.json" > "$tmp/s.jsonl"
t "jsonl" 0 "$ZAN" eval "$P" --jsonl "$tmp/s.jsonl"; nout "jsonl has no receipt" '"receipt"'
t "jsonl --receipt" 0 "$ZAN" eval "$P" --jsonl "$tmp/s.jsonl" --receipt
head -n 1 "$tmp/out" > "$tmp/line1.json"; tail -n 1 "$tmp/out" > "$tmp/line2.json"
if cmp -s "$tmp/line1.json" "$tmp/a.out"; then ok; else no "a stream line with --receipt equals the single decision" "differs"; fi
t "a stream line verifies" 0 "$ZAN" verify "$tmp/line2.json" "$tmp/a-changed.json" --policy "$P"
t "text has no receipt" 0 "$ZAN" eval "$P" "$tmp/a.json" --format text; nout "text: no sha" 'sha256'

# --- zan verify: untouched, then edited decision, facts, policy ---
t "verify untouched" 0 "$ZAN" verify "$tmp/a.out" "$tmp/a.json" --policy "$P"
out "verify says it matches" "match"
t "verify from YAML facts" 0 "$ZAN" verify "$tmp/a.out" "$tmp/a.yaml" --policy "$P"
"$ZAN" eval "$P" "$tmp/a.json" --explain > "$tmp/a-explain.out"
t "verify ignores the explanation" 0 "$ZAN" verify "$tmp/a-explain.out" "$tmp/a.json" --policy "$P"
sed 's/"eligible":true/"eligible":false/' "$tmp/a.out" > "$tmp/edited.json"
t "verify edited decision" 1 "$ZAN" verify "$tmp/edited.json" "$tmp/a.json" --policy "$P"
out "edited decision: the field" '^decisions.eligible: expected true, found false$'
err "edited decision: the summary" "1 differences"
sed 's/"facts_sha256":"[0-9a-f]*"/"facts_sha256":"0000"/' "$tmp/a.out" > "$tmp/edited-receipt.json"
t "verify edited receipt" 1 "$ZAN" verify "$tmp/edited-receipt.json" "$tmp/a.json" --policy "$P"
out "edited receipt: the field" '^receipt.facts_sha256: expected "[0-9a-f]\{64\}", found "0000"$'
printf '{"application_date": "2026-03-01", "applicant": {"id": "a-1", "age": 40, "income": 500, "bankrupt": false}}\n' > "$tmp/a-poor.json"
t "verify edited facts" 1 "$ZAN" verify "$tmp/a.out" "$tmp/a-poor.json" --policy "$P"
out "edited facts: a decision differs" '^decisions.risk: expected "high", found "low"$'
out "edited facts: facts_sha256 differs" '^receipt.facts_sha256: expected'
nout "edited facts: policy_sha256 kept" '^receipt.policy_sha256'
cp -r "$P" "$tmp/loans2"; printf '\n-- an edit: a comment only\n' >> "$tmp/loans2/loans.zan"
t "verify edited policy" 1 "$ZAN" verify "$tmp/a.out" "$tmp/a.json" --policy "$tmp/loans2"
out "edited policy: policy_sha256 differs" '^receipt.policy_sha256: expected'
nout "edited policy: the decisions are the same" '^decisions'
sed 's/"zan_version":"[^"]*"/"zan_version":"0.0.1"/' "$tmp/a.out" > "$tmp/old-zan.json"
t "another zan version: a warning, compared all the same" 0 "$ZAN" verify "$tmp/old-zan.json" "$tmp/a.json" --policy "$P"
err "another zan version: warned" "made by zan 0.0.1"
# the alias in the receipt finds the bundled law without --policy
"$ZAN" eval kz-ai-law policies/kz-ai-law/examples/bank-credit-scoring.json > "$tmp/law.json"
t "verify the law by its alias" 0 "$ZAN" verify "$tmp/law.json" policies/kz-ai-law/examples/bank-credit-scoring.json
# amounts (an output's unit and rounding): the text is in the decision's --lang and is not
# compared; the rounded value is
A=tests/golden/render/amounts
"$ZAN" eval $A $A/facts.json --lang ru > "$tmp/amounts-ru.json"
t "amounts: a ru decision verifies in en" 0 "$ZAN" verify "$tmp/amounts-ru.json" $A/facts.json --policy $A --lang en
sed 's/"rounded":31868.32/"rounded":31868.33/' "$tmp/amounts-ru.json" > "$tmp/amounts-edited.json"
t "amounts: an edited rounded value is found" 1 "$ZAN" verify "$tmp/amounts-edited.json" $A/facts.json --policy $A
out "amounts: the difference named" '^amounts.penalty.rounded: expected 31868.32, found 31868.33'
LC_ALL=ru_RU.UTF-8 t "verify in ru" 1 "$ZAN" verify "$tmp/edited.json" "$tmp/a.json" --policy "$P"
out "ru: the difference" 'decisions.eligible: ожидалось true, найдено false'

# --- bad inputs: message and exit code ---
t "usage: one argument" 2 "$ZAN" verify "$tmp/a.out"
t "no decision file" 3 "$ZAN" verify "$tmp/none.json" "$tmp/a.json"; err "no decision file: named" "none.json"
printf 'not json\n' > "$tmp/nj.json"
t "decision not JSON" 3 "$ZAN" verify "$tmp/nj.json" "$tmp/a.json"; err "not JSON: where" "nj.json:1:"
t "a fact file is not a decision" 3 "$ZAN" verify "$tmp/a.json" "$tmp/a.json"; err "not a decision: said" "is not a decision object"
"$ZAN" eval "$P" --jsonl "$tmp/s.jsonl" | head -n 1 > "$tmp/no-receipt.json"
t "a decision without receipt" 3 "$ZAN" verify "$tmp/no-receipt.json" "$tmp/a.json" --policy "$P"; err "no receipt: said" 'has no "receipt"'
sed 's/"as_of":"2026-03-01"}}$/"as_of":"yesterday"}}/' "$tmp/a.out" > "$tmp/bad-date.json"
t "a receipt with a bad as_of" 3 "$ZAN" verify "$tmp/bad-date.json" "$tmp/a.json" --policy "$P"; err "bad as_of: said" "as_of is missing or not YYYY-MM-DD"
sed 's/"alias":"cli-loans"/"alias":null/' "$tmp/a.out" > "$tmp/no-alias.json"
t "a receipt without alias and no --policy" 2 "$ZAN" verify "$tmp/no-alias.json" "$tmp/a.json"; err "no alias: said" "with --policy"
t "facts unreadable" 3 "$ZAN" verify "$tmp/a.out" "$tmp/none.json" --policy "$P"
printf '{"applicant": {"age": "forty"}}\n' > "$tmp/bad-facts.json"
t "facts of the wrong type" 3 "$ZAN" verify "$tmp/a.out" "$tmp/bad-facts.json" --policy "$P"; err "wrong type: where" "bad-facts.json:1:"
t "policy not found" 4 "$ZAN" verify "$tmp/a.out" "$tmp/a.json" --policy "$tmp/nowhere"

summary receipts
