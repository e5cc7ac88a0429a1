#!/bin/sh
# run.sh ZAN — bounded time, memory and output for hostile inputs (issue 9), at sizes that run
# in seconds: each case asserts behaviour or a bound on the output's size, never wall-clock
# time (tests/bounds/stress.sh runs the same inputs at full size, `make stress`).
# Closes with `bounds: N passed, N failed`.
. "$(dirname "$0")/../lib.sh"   # ZAN, the repository root, $tmp, ok/no/t/out/err/nout, summary
P=tests/cli/loans

# size NAME FILE MAX — FILE has at most MAX bytes
size() { n=$(wc -c < "$2" | tr -d ' '); if [ "$n" -le "$3" ]; then ok; else no "$1" "$n bytes, at most $3 expected"; fi; }
# xs N — N times the letter x, no newline
xs() { head -c "$1" /dev/zero | tr '\0' x; }
# lines NAME N — the last run printed N lines on stdout
lines() { n=$(wc -l < "$tmp/out" | tr -d ' '); if [ "$n" = "$2" ]; then ok; else no "$1" "$n lines on stdout, expected $2"; fi; }
# repeat N TEXT — TEXT N times, no separator
repeat() { awk -v n="$1" -v s="$2" 'BEGIN { for (i = 0; i < n; i++) printf "%s", s }'; }

# --- item 4: a long value in a text report is elided with its length; wrapping is linear ---
{ printf '{"applicant": {"id": "'; xs 800000; printf '", "age": 30, "bankrupt": false}}'; } > "$tmp/long.json"
t "long value: text report" 0 "$ZAN" eval $P "$tmp/long.json" --format text
out "long value elided with its length" '…(800 000 characters)'
size "long value: report stays small" "$tmp/out" 4000
t "long value: ru" 0 "$ZAN" eval $P "$tmp/long.json" --format text --lang ru;  out "elided in ru" '…(символов: 800 000)'
t "long value: kk" 0 "$ZAN" eval $P "$tmp/long.json" --format text --lang kk;  out "elided in kk" '…(800 000 таңба)'
t "long value: JSON keeps it whole" 0 "$ZAN" eval $P "$tmp/long.json"
n=$(wc -c < "$tmp/out" | tr -d ' '); if [ "$n" -gt 800000 ]; then ok; else no "JSON value whole" "$n bytes"; fi
# a word longer than a line but under the elision limit is cut into lines of 80 columns
{ printf '{"applicant": {"id": "'; xs 290; printf '", "age": 30}}'; } > "$tmp/word.json"
t "long word: text report" 0 "$ZAN" eval $P "$tmp/word.json" --format text
w=$(awk '{ if (length($0) > m) m = length($0) } END { print m }' "$tmp/out")
if [ "$w" -le 80 ]; then ok; else no "long word cut at 80 columns" "a line of $w"; fi
n=$(tr -cd x < "$tmp/out" | wc -c | tr -d ' '); if [ "$n" = 290 ]; then ok; else no "long word: every character shown" "$n"; fi

# --- control characters in fact values and keys are shown escaped, never raw ---
printf '{"applicant": {"id": "A\\u001b[31mRED\\u0000cut", "age": 30, "bankrupt": false, "x\\u001by": 1}}' > "$tmp/ctl.json"
t "control chars: text report" 0 "$ZAN" eval $P "$tmp/ctl.json" --format text
out "ESC escaped in the report" 'A\\u001b\[31mRED\\u0000cut'
if tr -d '\n' < "$tmp/out" | LC_ALL=C grep -q "$(printf '[\001-\037]')"; then no "no raw control chars in report" "found"; else ok; fi
err "ESC escaped in the warning" 'unknown field "x\\u001by"'
if tr -d '\n' < "$tmp/err" | LC_ALL=C grep -q "$(printf '[\001-\037]')"; then no "no raw control chars in warnings" "found"; else ok; fi
printf '{"applicant": {"id": "a", "age": 30}, "k\\u001b]0;pwn\\u0007": 1}\n' > "$tmp/ctl.jsonl"
t "control chars: stream warnings" 0 "$ZAN" eval $P --jsonl "$tmp/ctl.jsonl" --format text
if tr -d '\n' < "$tmp/err" | LC_ALL=C grep -q "$(printf '[\001-\037]')"; then no "no raw control chars in stream warnings" "found"; else ok; fi
err "stream warning escaped" 'k\\u001b\]0;pwn\\u0007'

# --- item 5: diagnostics echo a window of a long line, and each kind is capped ---
{ printf '{"applicant": {"id": "a", "age": 30}, '; repeat 100000 '"a": 1, '; printf '"b": 2}'; } > "$tmp/dups.json"
t "many duplicate keys: zan facts" 0 "$ZAN" facts "$tmp/dups.json"
err "first duplicate shown" 'warning: a: duplicate key "a"'
err "the rest counted" 'zan: note: and 99979 more of this kind: duplicate key "…"'
size "duplicate keys: stderr bounded" "$tmp/err" 20000
w=$(awk '{ if (length($0) > m) m = length($0) } END { print m }' "$tmp/err")
if [ "$w" -le 200 ]; then ok; else no "excerpt is a window" "a line of $w"; fi
t "many unknown fields: eval" 0 "$ZAN" eval $P "$tmp/dups.json"
err "unknown fields counted" 'and 99981 more of this kind: unknown field'
size "unknown fields: stderr bounded" "$tmp/err" 20000
t "kind note in ru" 0 env LC_ALL=ru_RU.UTF-8 "$ZAN" eval $P "$tmp/dups.json"
err "kind note in ru" 'и ещё сообщений этого вида, не показанных выше: 99981'
t "kind note in kk" 0 env LC_ALL=kk_KZ.UTF-8 "$ZAN" eval $P "$tmp/dups.json"
err "kind note in kk" 'осы түрдегі тағы 99981 хабар көрсетілмеді'

# --- item 9: an encoded surrogate in a string literal is a lexical error at its line:col ---
printf 'policy x\n  version "1"\noutput o : text default "a\355\240\200b"\n' > "$tmp/surrogate.zan"
t "surrogate in a literal: check" 4 "$ZAN" check "$tmp/surrogate.zan"
err "surrogate: line and column" 'surrogate.zan:3:27: error: invalid UTF-8 byte 0xed'
printf '{}' > "$tmp/empty-obj.json"
t "surrogate in a literal: eval refuses the policy" 4 "$ZAN" eval "$tmp/surrogate.zan" "$tmp/empty-obj.json" --explain
size "surrogate: no decision written" "$tmp/out" 0

# --- item 10: YAML anchors and aliases are linear; merge keys; empty documents ---
{ printf 'l:\n'; awk 'BEGIN { for (i = 0; i < 20000; i++) printf "  - &a%d %d\n", i, i }'
  printf 'm:\n'; awk 'BEGIN { for (i = 0; i < 20000; i++) printf "  - *a%d\n", i }'; } > "$tmp/aliases.yaml"
t "20 000 anchors and aliases: zan facts" 0 "$ZAN" facts "$tmp/aliases.yaml"
out "aliases resolved" '"m":\[0,1,2,3,'
{ printf 'a: &x [1, 2]\nl:\n'; awk 'BEGIN { for (i = 0; i < 60000; i++) print "  - *x" }'; } > "$tmp/laughs.yaml"
t "aliases past the node limit" 3 "$ZAN" facts "$tmp/laughs.yaml";  err "node limit named" 'aliases expand to more than 100000 nodes'
printf 'defaults: &d\n  age: 30\n  bankrupt: false\napplicant:\n  <<: *d\n  id: m-1\n  age: 40\n' > "$tmp/merge.yaml"
t "merge key: eval" 0 "$ZAN" eval $P "$tmp/merge.yaml"
out "merge: own key wins" '"subject":"m-1"'; out "merge: merged facts used" '"eligible":true'
err "merge: the anchor's own group is an unknown field" 'unknown field "defaults"'
if grep -q 'unknown field "<<"' "$tmp/err"; then no "merge key not an unknown field" "warned"; else ok; fi
printf 'applicant:\n  <<: [1]\n' > "$tmp/badmerge.yaml"
t "merge key of a number" 3 "$ZAN" eval $P "$tmp/badmerge.yaml"
err "bad merge named at its place" "badmerge.yaml:2:8: error: a merge key '<<' takes a mapping or a list of mappings, found number 1"
printf '# nothing here\n' > "$tmp/empty.yaml"; : > "$tmp/empty.json"
t "empty YAML is an error" 3 "$ZAN" eval $P "$tmp/empty.yaml";  err "empty YAML named" 'holds no YAML document; write {}'
t "empty JSON is an error" 3 "$ZAN" eval $P "$tmp/empty.json"
printf '{}\n' > "$tmp/none.yaml"
t "{} in YAML: no facts" 0 "$ZAN" eval $P "$tmp/none.yaml"

# --- kin: a set of 100 000 texts with one repeat at the end (was a pairwise search) ---
printf 'policy s\n  version "1"\nfact tags : set of text\noutput n : int default 0\n' > "$tmp/set.zan"
{ printf '{"tags": ['; awk 'BEGIN { for (i = 0; i < 100000; i++) printf "\"t%d\",", i }'; printf '"t5"]}'; } > "$tmp/set.json"
t "repeat in a big set found" 3 "$ZAN" eval "$tmp/set.zan" "$tmp/set.json";  err "the repeat named" 'tags: "t5" appears twice in a set'
printf '{"tags": ["a","b","c","b","a","t0","t1","t2","t3","t4","t5","t6","t7","t8","t9","t10","t11","t12","t13","t14","t15","t16","t17","t18","t19","t20","t21","t22","t23","t24","t25","t26","t27","t28","t29","t30"]}' > "$tmp/set2.json"
t "first repeat of a set over 32" 3 "$ZAN" eval "$tmp/set.zan" "$tmp/set2.json";  err "the first repeat named" '1:23: error: tags: "b" appears twice'

# --- item 6: size limits are checked before reading ---
truncate -s 1G "$tmp/huge.json" 2>/dev/null || dd if=/dev/zero of="$tmp/huge.json" bs=1 count=0 seek=1G 2>/dev/null
t "1 GB file refused unread: eval" 3 "$ZAN" eval $P "$tmp/huge.json"
err "size named" "cannot read '.*huge.json': fact file is larger than 268435456 bytes"
t "1 GB file refused unread: facts" 3 "$ZAN" facts "$tmp/huge.json"
t "1 GB file in a batch: the others decided" 3 "$ZAN" eval $P tests/cli/facts/adult.json "$tmp/huge.json"
out "batch: adult decided" '"eligible":true'; out "batch: error object" '"file":.*huge.json.*larger than'
# zan test: a case folder's fact file under the same limit
mkdir -p "$tmp/pol/tests/big"
cp tests/cli/loans/loans.zan "$tmp/pol/"
printf '{"decisions": {}}' > "$tmp/pol/tests/big/expect.json"
mv "$tmp/huge.json" "$tmp/pol/tests/big/facts.json"
t "zan test: 1 GB case file refused unread" 1 "$ZAN" test "$tmp/pol"
out "zan test: the case says why" 'larger than 268435456 bytes'
rm -rf "$tmp/pol"

# --- item 7: --jobs keeps input order and bounded memory; ranges cut inside long lines ---
awk 'BEGIN { for (i = 0; i < 20000; i++) printf "{\"applicant\": {\"id\": \"a-%d\", \"age\": %d, \"income\": %d, \"bankrupt\": %s}, \"application_date\": \"2026-03-01\"}\n", i, 10 + i % 70, i % 5000, i % 7 ? "false" : "true" }' > "$tmp/s.jsonl"
"$ZAN" eval $P --jsonl "$tmp/s.jsonl" --explain > "$tmp/one" 2>/dev/null
t "jobs 4: same bytes as one process" 0 "$ZAN" eval $P --jsonl "$tmp/s.jsonl" --explain --jobs 4
if cmp -s "$tmp/one" "$tmp/out"; then ok; else no "jobs 4 output identical" "differs"; fi
t "jobs 4 text: same bytes" 0 "$ZAN" eval $P --jsonl "$tmp/s.jsonl" --format text --jobs 4
"$ZAN" eval $P --jsonl "$tmp/s.jsonl" --format text > "$tmp/one" 2>/dev/null
if cmp -s "$tmp/one" "$tmp/out"; then ok; else no "jobs 4 text output identical" "differs"; fi
# a 1.5 MB line (bad: not an object) spans several ranges; the records after it are decided
{ head -n 3 "$tmp/s.jsonl"; printf '['; repeat 300000 '1, 2,'; printf '3]\n'; sed -n 4,6p "$tmp/s.jsonl"; } > "$tmp/longline.jsonl"
t "long line across ranges: jobs 3" 3 "$ZAN" eval $P --jsonl "$tmp/longline.jsonl" --jobs 3
lines "long line: one answer per record" 7
out "long line: its error at line 4" '^{"line": 4, "error"'
out "long line: line 7 decided" '"subject":"a-5"'

# --- output errors: a clear message and exit 74, with and without --jobs ---
if [ -w /dev/full ]; then
  t "/dev/full: one process" 74 sh -c "\"\$0\" eval $P --jsonl \"\$1\" > /dev/full" "$ZAN" "$tmp/s.jsonl"
  err "/dev/full named" 'cannot write the output: No space left on device'
  t "/dev/full: jobs 3" 74 sh -c "\"\$0\" eval $P --jsonl \"\$1\" --jobs 3 > /dev/full" "$ZAN" "$tmp/s.jsonl"
  err "/dev/full named (jobs)" 'cannot write the output: No space left on device'
  t "/dev/full: one file" 74 sh -c "\"\$0\" eval $P tests/cli/facts/adult.json > /dev/full" "$ZAN"
else
  echo "bounds: /dev/full cases skipped (no /dev/full)"
fi

# --- item 8: workers end with the parent; a worker killed by a signal is named ---
# zan writes into a FIFO nobody reads yet, so its workers block with the run unfinished.
# start_blocked — starts zan --jobs 2 on a big stream; $zpid, $w1 and $w2 (its workers), fd 3
start_blocked() {
  rm -f "$tmp/fifo"; mkfifo "$tmp/fifo"
  "$ZAN" eval $P --jsonl "$tmp/s.jsonl" --explain --jobs 2 > "$tmp/fifo" 2> "$tmp/err" &
  zpid=$!
  exec 3< "$tmp/fifo"
  w1= w2= i=0
  while [ $i -lt 100 ] && [ -z "$w2" ]; do
    set -- $(ps -o pid= --ppid "$zpid" 2>/dev/null); w1=${1:-} w2=${2:-}
    [ -n "$w2" ] || sleep 0.05; i=$((i + 1))
  done
  sleep 0.3   # let both run until their pipes are full
}
gone() {  # gone NAME PID… — each process has ended (reaped or a zombie) within a few seconds
  n=$1; shift
  for p in "$@"; do
    i=0
    while [ $i -lt 100 ] && kill -0 "$p" 2>/dev/null && [ "$(ps -o stat= -p "$p" | cut -c1)" != Z ]; do sleep 0.05; i=$((i + 1)); done
    if kill -0 "$p" 2>/dev/null && [ "$(ps -o stat= -p "$p" | cut -c1)" != Z ]; then no "$n" "process $p still runs"; return; fi
  done
  ok
}
if command -v mkfifo >/dev/null && ps -o pid= --ppid 1 >/dev/null 2>&1; then
  start_blocked
  if [ -n "$w2" ]; then
    kill -KILL "$w2"
    cat <&3 > "$tmp/out"; exec 3<&-
    wait "$zpid"; code=$?
    if [ "$code" = 70 ]; then ok; else no "killed worker: exit 70" "exit $code"; fi
    err "killed worker named with its signal" 'worker 2 of 2 was killed by signal 9 (Killed)'
    n=$(grep -c 'was killed by signal' "$tmp/err"); if [ "$n" = 1 ]; then ok; else no "only the killed worker is named" "$n messages"; fi
  else no "killed worker" "no workers seen"; fi

  start_blocked
  if [ -n "$w2" ]; then
    kill -TERM "$zpid"
    wait "$zpid" 2>/dev/null; code=$?
    exec 3<&-
    if [ "$code" = 143 ]; then ok; else no "SIGTERM: the parent ends by it" "exit $code"; fi
    gone "SIGTERM: both workers end" "$w1" "$w2"
  else no "SIGTERM" "no workers seen"; fi

  start_blocked
  if [ -n "$w2" ]; then
    kill -KILL "$zpid"
    wait "$zpid" 2>/dev/null
    exec 3<&-
    gone "parent killed: both workers end" "$w1" "$w2"
  else no "parent killed" "no workers seen"; fi
else
  echo "bounds: signal cases skipped (no mkfifo or ps --ppid)"
fi

summary bounds
