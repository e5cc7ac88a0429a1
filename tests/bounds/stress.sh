#!/bin/sh
# stress.sh ZAN — the hostile inputs of issue 9 at full size (`make stress`, not part of
# `make check`): prints each case's time and peak memory, and checks its exit code and that its
# output stays bounded. tests/bounds/run.sh runs the same cases scaled down. Needs ~2 GB of
# disk in $TMPDIR and a few minutes. Closes with `stress: N passed, N failed`.
. "$(dirname "$0")/../lib.sh"   # ZAN, the repository root, $tmp, ok/no, summary
P=tests/cli/loans

# measure NAME WANT_EXIT CMD… — runs CMD (stdin from $STDIN or /dev/null; stdout to $tmp/out,
# stderr to $tmp/err), prints seconds and peak memory: the largest process's (GNU time) and
# the whole process tree's (sampled every 0.1 s, for --jobs)
measure() {
  name=$1 want=$2; shift 2
  start=$(date +%s.%N)
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f '%M' -o "$tmp/rss" "$@" <"${STDIN:-/dev/null}" >"$tmp/out" 2>"$tmp/err" &
  else
    "$@" <"${STDIN:-/dev/null}" >"$tmp/out" 2>"$tmp/err" &
  fi
  pid=$! tree=0
  while kill -0 "$pid" 2>/dev/null; do
    # the RSS of every process descending from $pid (zan's workers are its great-grandchildren)
    kb=$(ps -e -o pid=,ppid=,rss= 2>/dev/null | awk -v root="$pid" '
      { ppid[$1] = $2; rss[$1] = $3 }
      END { for (p in ppid) { q = p; while (q != "" && q != 0 && q != root) q = ppid[q]; if (q == root) s += rss[p] } print s + 0 }')
    [ "$kb" -gt "$tree" ] && tree=$kb
    sleep 0.1
  done
  wait "$pid"; code=$?
  STDIN=
  secs=$(echo "$(date +%s.%N) - $start" | bc 2>/dev/null || echo "?")
  rss=$(tail -n 1 "$tmp/rss" 2>/dev/null || echo "?")
  printf '%-58s %7.2f s  peak %8s KB (tree %8s KB)  exit %s\n' "$name" "$secs" "$rss" "$tree" "$code"
  if [ "$code" = "$want" ]; then ok; else no "$name" "exit $code, expected $want"; fi
}
# bounded NAME FILE MAX — FILE has at most MAX bytes
bounded() { n=$(wc -c < "$2" | tr -d ' '); if [ "$n" -le "$3" ]; then ok; else no "$1" "$n bytes, at most $3 expected"; fi; }
xs() { head -c "$1" /dev/zero | tr '\0' x; }

echo "stress: inputs in $tmp"
# item 4: a value of 800 000 characters without a space, --format text (was 35 s)
{ printf '{"applicant": {"id": "'; xs 800000; printf '", "age": 30}}'; } > "$tmp/long.json"
measure "800k-character value, --format text" 0 "$ZAN" eval $P "$tmp/long.json" --format text
bounded "800k value: report bounded" "$tmp/out" 4000
{ printf '{"applicant": {"id": "'; xs 100000000; printf '", "age": 30}}'; } > "$tmp/long100.json"
measure "100 MB value, --format text (was killed after 120 s)" 0 "$ZAN" eval $P "$tmp/long100.json" --format text
rm -f "$tmp/long100.json"

# item 5: an 11.9 MB one-line fact file of unknown fields (was 2.4 GB on stderr)
{ printf '{'; awk 'BEGIN { for (i = 0; i < 1500000; i++) printf "\"a\": 1, " }'; printf '"b": 2}'; } > "$tmp/oneline.json"
measure "11.9 MB one-line file, 1.5M unknown fields" 0 "$ZAN" eval $P "$tmp/oneline.json"
bounded "one-line file: stderr bounded" "$tmp/err" 20000
# item 5: 1M duplicate keys on one line (was 76 s)
{ printf '{'; awk 'BEGIN { for (i = 0; i < 1000000; i++) printf "\"a\":1," }'; printf '"a":2}'; } > "$tmp/dups.json"
measure "1M duplicate keys, zan facts" 0 "$ZAN" facts "$tmp/dups.json"
bounded "duplicate keys: stderr bounded" "$tmp/err" 20000

# item 6: a 1 GB file (was 4.2 GB and 34 s before the limit said no), and 300 MB on stdin
truncate -s 1G "$tmp/huge.json"
measure "1 GB fact file (refused before reading)" 3 "$ZAN" eval $P "$tmp/huge.json"
rm -f "$tmp/huge.json"
head -c 300000000 /dev/zero > "$tmp/zeros"
STDIN="$tmp/zeros"; measure "300 MB on stdin (a file: refused from fstat)" 3 "$ZAN" eval $P -
measure "300 MB through a pipe (capped while reading)" 3 sh -c 'cat "$1" | "$0" eval "$2" -' "$ZAN" "$tmp/zeros" $P
rm -f "$tmp/zeros"

# JSONL: a record over the 256 MiB limit gets its error; the records after it are decided
{ head -c 300000000 /dev/zero | tr '\0' ' '; printf 'x\n'; printf '{"applicant": {"id": "after", "age": 30}}\n'; } > "$tmp/bigline.jsonl"
measure "JSONL: a 300 MB record, then one more" 3 "$ZAN" eval $P --jsonl "$tmp/bigline.jsonl"
if grep -q '"subject":"after"' "$tmp/out"; then ok; else no "record after the big one decided" "missing"; fi
measure "JSONL: the same with --jobs 4" 3 "$ZAN" eval $P --jsonl "$tmp/bigline.jsonl" --jobs 4
if grep -q '"subject":"after"' "$tmp/out"; then ok; else no "record after the big one decided (jobs)" "missing"; fi
rm -f "$tmp/bigline.jsonl"

# item 7: --jobs memory (1M lines: 2.0 GB with --jobs 8, 11.1 GB with 64; --explain 200k lines,
# 4 jobs: 7.3 GB)
awk 'BEGIN { for (i = 0; i < 1000000; i++) printf "{\"applicant\": {\"id\": \"a-%d\", \"age\": %d, \"income\": %d, \"bankrupt\": %s}, \"application_date\": \"2026-03-01\"}\n", i, 10 + i % 70, i % 5000, i % 7 ? "false" : "true" }' > "$tmp/1m.jsonl"
measure "1M lines, one process" 0 sh -c '"$0" eval "$1" --jsonl "$2" | wc -c' "$ZAN" $P "$tmp/1m.jsonl"
measure "1M lines, --jobs 8" 0 sh -c '"$0" eval "$1" --jsonl "$2" --jobs 8 | wc -c' "$ZAN" $P "$tmp/1m.jsonl"
measure "1M lines, --jobs 64" 0 sh -c '"$0" eval "$1" --jsonl "$2" --jobs 64 | wc -c' "$ZAN" $P "$tmp/1m.jsonl"
head -n 200000 "$tmp/1m.jsonl" > "$tmp/200k.jsonl"
measure "200k lines --explain, --jobs 4" 0 sh -c '"$0" eval "$1" --jsonl "$2" --explain --jobs 4 | wc -c' "$ZAN" $P "$tmp/200k.jsonl"
rm -f "$tmp/1m.jsonl" "$tmp/200k.jsonl"

# item 10: 200 000 YAML aliases (was 40 s); the node limit stops the expansion
{ printf 'l:\n'; awk 'BEGIN { for (i = 0; i < 200000; i++) printf "  - &a%d %d\n", i, i }'
  printf 'm:\n'; awk 'BEGIN { for (i = 0; i < 200000; i++) printf "  - *a%d\n", i }'; } > "$tmp/aliases.yaml"
measure "200k anchors + 200k aliases, zan facts" 3 "$ZAN" facts "$tmp/aliases.yaml"
{ printf 'a: &x 1\nl:\n'; awk 'BEGIN { for (i = 0; i < 99000; i++) print "  - *x" }'; } > "$tmp/aliases2.yaml"
measure "99k aliases of one anchor, zan facts" 0 "$ZAN" facts "$tmp/aliases2.yaml"

summary stress
