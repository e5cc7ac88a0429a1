#!/bin/sh
# run.sh ZAN — `zan serve` over loopback: answers equal the CLI's (eval one file, YAML, JSON
# Lines, --explain, text, missing, schema), bad bodies (malformed JSON, invalid UTF-8, 10 MB,
# wrong types, unknown policy, wrong method and media type), slow and idle clients, saturation
# (503), the bearer token, SIGHUP reload (good and bad), SIGTERM with a request in flight,
# metrics and the access log. Needs curl and python3 (else "skipped"). Closes with
# `serve: N passed, N failed`.
. "$(dirname "$0")/../lib.sh"   # ZAN, the repository root, $tmp, ok/no/t/out/err/nout, summary
for tool in curl python3; do
  command -v $tool >/dev/null 2>&1 || { echo "serve: skipped ($tool is not installed)"; exit 0; }
done
F=tests/serve/facts
CLIENT="python3 tests/serve/client.py"
pids=""
trap 'for p in $pids; do kill -9 $p 2>/dev/null; done; rm -rf "$tmp"' EXIT INT TERM

# start LOG ARGS… — zan serve on a free loopback port; sets pid, port, base (fails the case
# "start LOG" when it does not say it listens within 10 s)
start() {
  log=$tmp/$1.log; shift
  "$ZAN" serve "$@" --listen 127.0.0.1:0 2>"$log" &
  pid=$!; pids="$pids $pid"
  i=0
  while ! grep -q '"event": "listening"' "$log" 2>/dev/null; do
    i=$((i + 1)); [ $i -lt 200 ] || { no "start $log" "not listening"; cat "$log"; return 1; }
    sleep 0.05
  done
  port=$(sed -n 's/.*http:\/\/127\.0\.0\.1:\([0-9]*\).*/\1/p' "$log" | head -n 1)
  base=http://127.0.0.1:$port
}
# stop — SIGTERM, then the exit code in $code
stop() { kill -TERM $pid; wait $pid; code=$?; }
# req NAME STATUS CURL-ARGS… — the answer's body in $tmp/out, its status checked
req() {
  name=$1 want=$2; shift 2
  st=$(curl -s -o "$tmp/out" -w '%{http_code}' "$@")
  if [ "$st" = "$want" ]; then ok; else no "$name" "HTTP $st, expected $want"; fi
}
# same NAME FILE — $tmp/out equals FILE byte for byte
same() { if cmp -s "$tmp/out" "$2"; then ok; else no "$1" "differs from the CLI's"; diff "$tmp/out" "$2" | head -n 5; fi; }
json() { printf -- '-H\nContent-Type: application/json\n'; }

# --- a policy with errors refuses to start (exit 4, the usual diagnostics) ---
printf 'policy broken\n  version "1"\n\noutput x : bool default nope\n' > "$tmp/broken.zan"
t "bad policy refuses to start" 4 "$ZAN" serve "$tmp/broken.zan" --listen 127.0.0.1:0
err "bad policy diagnostic" 'broken.zan:[0-9]*:[0-9]*: error'
t "bad listen" 2 "$ZAN" serve tests/cli/loans --listen nowhere;     err "bad listen named" "not HOST:PORT"
t "bad threads" 2 "$ZAN" serve tests/cli/loans --threads 0
t "token file missing" 2 "$ZAN" serve tests/cli/loans --token "$tmp/none"

start main kz-ai-law tests/cli/loans --threads 2 || { summary serve; exit 1; }
U=$base/v1/policies/kz-ai-law

# --- the read-only routes ---
req "healthz" 200 "$base/healthz";                   out "healthz ok" '"status": "ok"'
req "policies" 200 "$base/v1/policies"
out "policies: both aliases" '"alias": "kz-ai-law".*"alias": "cli-loans"'
out "policies: sha256" '"policy_sha256": "[0-9a-f]\{64\}"'
req "policy" 200 "$U?lang=ru";                       out "policy outputs labelled in ru" '"name": "risk_tier", "label": "Степень риска"'
req "schema" 200 "$U/schema"
"$ZAN" schema kz-ai-law > "$tmp/cli.schema"; same "schema equals zan schema" "$tmp/cli.schema"

# --- the page and its words: strings.js made from the message catalogue (page.def) ---
req "page" 200 "$base/"
# strings.js before app.js (deferred scripts run in order: app.js reads UI)
w=$(grep -n 'src="/strings.js"' "$tmp/out" | cut -d: -f1); a=$(grep -n 'src="/app.js"' "$tmp/out" | cut -d: -f1)
if [ -n "$w" ] && [ -n "$a" ] && [ "$w" -lt "$a" ]; then ok; else no "page loads its words first" "strings.js line '$w', app.js line '$a'"; fi
req "strings.js" 200 "$base/strings.js"
python3 tests/serve/page_strings.py "$tmp/out" interp/cli/page > "$tmp/words"
passed=$((passed + $(grep -c '^ok ' "$tmp/words"))); failed=$((failed + $(grep -c '^FAIL ' "$tmp/words")))
grep '^FAIL ' "$tmp/words"
out "kk-Latn from the transliteration" '"decisions": "Sheshimder"'

# --- eval: the bytes zan eval prints (piped) ---
for f in $F/*.json; do
  n=$(basename "$f" .json)
  case $n in 9*) continue ;; esac
  req "eval $n" 200 -X POST --data-binary @"$f" -H 'Content-Type: application/json' "$U/eval"
  "$ZAN" eval kz-ai-law "$f" > "$tmp/cli.json"; same "eval $n equals CLI" "$tmp/cli.json"
done
f=$F/04-emotion-without-consent.json
req "eval explain ru" 200 -X POST --data-binary @$f -H 'Content-Type: application/json' "$U/eval?explain=true&lang=ru&as_of=2026-02-01"
"$ZAN" eval kz-ai-law $f --explain --lang ru --as-of 2026-02-01 > "$tmp/cli.json"; same "explain ru equals CLI" "$tmp/cli.json"
req "eval headers kk" 200 -X POST --data-binary @$f -H 'Content-Type: application/json' -H 'Zan-Explain: 1' -H 'Accept-Language: kk-KZ, ru;q=0.8' "$U/eval"
"$ZAN" eval kz-ai-law $f --explain --lang kk > "$tmp/cli.json"; same "Accept-Language kk equals CLI" "$tmp/cli.json"
req "eval text kk-Latn" 200 -X POST --data-binary @$f -H 'Content-Type: application/json' "$U/eval?format=text&lang=kk-Latn"
"$ZAN" eval kz-ai-law $f --format text --lang kk-Latn > "$tmp/cli.txt"; same "text kk-Latn equals CLI" "$tmp/cli.txt"
req "eval yaml" 200 -X POST --data-binary @$F/20-yaml-facts.yaml -H 'Content-Type: application/yaml' "$U/eval"
"$ZAN" eval kz-ai-law $F/20-yaml-facts.yaml > "$tmp/cli.json"; same "yaml equals CLI" "$tmp/cli.json"
req "loans" 200 -X POST --data-binary @tests/cli/facts/unknown-income.json -H "Content-Type: application/json" "$base/v1/policies/cli-loans/eval"
"$ZAN" eval tests/cli/loans tests/cli/facts/unknown-income.json > "$tmp/cli.json"; same "second policy equals CLI" "$tmp/cli.json"

# --- JSON Lines: one decision line per record, bad records as the CLI's error objects ---
for f in $F/0*.json $F/1*.json; do tr -d '\n' < "$f"; echo; done > "$tmp/recs.jsonl"
printf '\n{"system": 5}\nnot json\n' >> "$tmp/recs.jsonl"
req "jsonl" 200 -X POST --data-binary @"$tmp/recs.jsonl" -H 'Content-Type: application/x-ndjson' "$U/eval"
"$ZAN" eval kz-ai-law --jsonl "$tmp/recs.jsonl" > "$tmp/cli.jsonl" 2>/dev/null; same "jsonl equals CLI" "$tmp/cli.jsonl"
out "jsonl error object" '^{"line": 6, "error": "column 12: system: '
nout "jsonl without receipts" '"receipt"'
req "jsonl receipt" 200 -X POST --data-binary @"$tmp/recs.jsonl" -H 'Content-Type: application/x-ndjson' "$U/eval?receipt=true"
"$ZAN" eval kz-ai-law --jsonl --receipt "$tmp/recs.jsonl" > "$tmp/cli.jsonl" 2>/dev/null; same "jsonl receipt equals CLI --receipt" "$tmp/cli.jsonl"
out "jsonl receipt on a decision" '"facts_sha256":"[0-9a-f]\{64\}"'
req "bad receipt" 400 -X POST --data-binary @"$tmp/recs.jsonl" -H 'Content-Type: application/x-ndjson' "$U/eval?receipt=maybe"

# --- receipts: one policy_sha256 (interp/receipt.c) in /v1/policies and on every decision ---
f=$F/04-emotion-without-consent.json
req "eval receipt" 200 -X POST --data-binary @$f -H 'Content-Type: application/json' "$U/eval"
cp "$tmp/out" "$tmp/served.json"
t "served decision verifies" 0 "$ZAN" verify "$tmp/served.json" $f
sha=$(sed -n 's/.*"policy_sha256":"\([0-9a-f]*\)".*/\1/p' "$tmp/served.json")
req "policies sha" 200 "$base/v1/policies"
out "policies sha256 is the receipts'" "\"alias\": \"kz-ai-law\"[^}]*\"policy_sha256\": \"$sha\""

# --- missing: what zan missing prints ---
f=$F/14-unknown-impact.json
req "missing" 200 -X POST --data-binary @$f -H 'Content-Type: application/json' "$U/missing?lang=ru"
"$ZAN" missing kz-ai-law $f --lang ru > "$tmp/cli.json"; same "missing equals CLI" "$tmp/cli.json"
out "missing names a question" '"next":"system\.'
req "missing dont_know" 200 -X POST --data-binary @$f -H 'Content-Type: application/json' "$U/missing?dont_know=system.failure_impact"
nout "dont_know is not asked" '"next":"system.failure_impact"'
req "missing bad dont_know" 400 -X POST --data-binary @$f -H 'Content-Type: application/json' "$U/missing?dont_know=system.nope"
req "missing jsonl" 415 -X POST --data-binary @"$tmp/recs.jsonl" -H 'Content-Type: application/x-ndjson' "$U/missing"

# --- bad requests: a JSON error with the CLI's fields, never a crash ---
req "malformed JSON" 400 -X POST --data-binary '{"system": {"id": "x",' -H 'Content-Type: application/json' "$U/eval"
out "malformed: line and column" '"error": "bad_facts", "message": ".*", "file": "<body>", "line": 1, "column": [0-9]'
printf '{"system": {"name": "\377\376"}}' > "$tmp/bad-utf8.json"
req "invalid UTF-8" 400 -X POST --data-binary @"$tmp/bad-utf8.json" -H 'Content-Type: application/json' "$U/eval?lang=ru"
out "invalid UTF-8 in ru, with the path" '"message": "недопустимый байт UTF-8 0xff".*"path": "system.name"'
req "wrong type" 400 -X POST --data-binary @$F/91-wrong-type.json -H 'Content-Type: application/json' "$U/eval"
out "wrong type: path" '"path": "system.capabilities.social_scoring"'
head -c 10485760 /dev/zero | tr '\0' ' ' > "$tmp/10mb.json"
req "10 MB" 413 -X POST --data-binary @"$tmp/10mb.json" -H 'Content-Type: application/json' "$U/eval"
req "10 MB chunked" 413 -X POST --data-binary @"$tmp/10mb.json" -H 'Content-Type: application/json' -H 'Transfer-Encoding: chunked' "$U/eval"
req "empty body" 400 -X POST -H 'Content-Type: application/json' "$U/eval"
req "unknown policy" 404 -X POST --data-binary '{}' -H 'Content-Type: application/json' "$base/v1/policies/nope/eval"
out "unknown policy: the served ones" "served: kz-ai-law, cli-loans"
req "unknown route" 404 "$base/v2/x"
req "wrong method" 405 "$U/eval"
req "media type" 415 -X POST -d 'a=1' "$U/eval"
req "bad lang" 400 -X POST --data-binary '{}' -H 'Content-Type: application/json' "$U/eval?lang=de"
req "bad as_of" 400 -X POST --data-binary '{}' -H 'Content-Type: application/json' "$U/eval?as_of=2026-02-30"
out "bad as_of named" '"message": "as_of: .2026-02-30. is not a date'
req "still healthy" 200 "$base/healthz"

# --- slow clients do not hold others up; silent ones are cut off ---
$CLIENT slow $port /v1/policies/kz-ai-law/eval $F/02-medium-credit-scoring.json 2 > "$tmp/slow" &
slowpid=$!
sleep 0.3
s0=$(date +%s%N)
req "answered beside a slow client" 200 -X POST --data-binary @$F/02-medium-credit-scoring.json -H 'Content-Type: application/json' "$U/eval"
s1=$(date +%s%N)
if [ $(( (s1 - s0) / 1000000 )) -lt 1000 ]; then ok; else no "not held up by a slow client" "took $(( (s1 - s0) / 1000000 )) ms"; fi
wait $slowpid
if grep -q '^HTTP/1.1 200' "$tmp/slow"; then ok; else no "slow client answered" "$(cat "$tmp/slow")"; fi

# --- metrics and the access log ---
req "metrics" 200 "$base/metrics"
out "metrics: requests by route and code" '^zan_http_requests_total{route="/v1/policies/{alias}/eval",code="200"} [0-9]'
out "metrics: errors" '^zan_http_errors_total{route="/v1/policies/{alias}/eval",code="413"} 2'
out "metrics: histogram" '^zan_http_request_duration_seconds_bucket{route="/v1/policies/{alias}/eval",le="+Inf"}'
out "metrics: policies" '^zan_policies_loaded 2'
stop
if [ "$code" = 0 ]; then ok; else no "SIGTERM exits 0" "exit $code"; fi
n=$(grep -c '"route": ' "$log"); if [ "$n" -ge 30 ]; then ok; else no "an access log line per request" "$n lines"; fi
if grep '"route": ' "$log" | python3 -c 'import json,sys; [json.loads(l) for l in sys.stdin]'; then ok; else no "access log is JSON" "bad line"; fi

# --- idle connections are closed after --timeout; past --max-connections, 503 ---
start idle tests/cli/loans --timeout 1 --max-connections 2 || { summary serve; exit 1; }
# ready FILE — wait (up to 10 s) until the client writing FILE has its connections open
ready() { i=0; until grep -q ready "$1" 2>/dev/null; do i=$((i + 1)); [ $i -lt 200 ] || break; sleep 0.05; done; }
$CLIENT idle $port 3 0.8 > "$tmp/idle" &
idlepid=$!
ready "$tmp/idle"; sleep 0.1
req "saturated" 503 "$base/healthz"
wait $idlepid
$CLIENT idle $port 1 2.5 > "$tmp/idle1"
n=$(tail -n 1 "$tmp/idle1"); if [ "$n" = 1 ]; then ok; else no "idle connection closed after --timeout" "$n closed"; fi
req "not saturated once they go" 200 "$base/healthz"
stop

# --- the bearer token ---
printf 's3cret-token\n' > "$tmp/token"
start token tests/cli/loans --token "$tmp/token" || { summary serve; exit 1; }
req "no token" 401 "$base/v1/policies"
req "wrong token" 401 -H 'Authorization: Bearer s3cret-tokem' "$base/v1/policies"
req "right token" 200 -H 'Authorization: Bearer s3cret-token' "$base/v1/policies"
req "healthz needs no token" 200 "$base/healthz"
stop

# --- SIGHUP: reload all or nothing; SIGTERM: the request in flight is answered ---
mkdir "$tmp/pol"; cp tests/cli/loans/*.zan "$tmp/pol/"
start hup "$tmp/pol" || { summary serve; exit 1; }
sed -i 's/^  version "[^"]*"/  version "2"/' "$tmp/pol"/*.zan
kill -HUP $pid; sleep 0.5
req "reloaded" 200 "$base/v1/policies";        out "new version served" '"version": "2"'
echo 'rule broken when nothing then eligible = true' >> "$tmp/pol/$(ls "$tmp/pol" | head -n 1)"
kill -HUP $pid; sleep 0.5
if grep -q '"event": "reload_failed".*loans.zan:[0-9]*:[0-9]*: ' "$log"; then ok; else no "failed reload logged" "$(tail -n 2 "$log")"; fi
req "old policy kept" 200 "$base/v1/policies"; out "version 2 still served" '"version": "2"'
st=$($CLIENT term $port /v1/policies/cli-loans/eval tests/cli/facts/adult.json $pid)
case $st in "HTTP/1.1 200"*) ok ;; *) no "request in flight answered after SIGTERM" "$st" ;; esac
wait $pid; code=$?
if [ "$code" = 0 ]; then ok; else no "SIGTERM with a request in flight exits 0" "exit $code"; fi

summary serve
