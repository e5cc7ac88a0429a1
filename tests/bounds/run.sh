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

summary bounds
