#!/bin/sh
# run.sh ZAN — scripts/dask-eval.py on a LocalCluster of 2 worker processes (docs/scaling.md):
# 20,000 generated records of the bundled law with a blank line, a line that is not JSON and
# a record of the wrong type far into the stream, cut into ~10 partitions, the policy folder
# shipped to the workers: the output is byte for byte that of one `zan eval --jsonl`, the exit
# code the same, and the messages name the input's own line numbers. Skipped with a note when
# Dask's distributed (Debian python3-distributed) is missing.
. "$(dirname "$0")/../lib.sh"   # ZAN, the repository root, $tmp, ok/no/t/out/err/nout, summary
PY=
for p in python3 /usr/bin/python3; do
  if "$p" -c 'import dask.distributed' 2>/dev/null; then PY=$p; break; fi
done
if [ -z "$PY" ]; then
  echo "dask: skipped (no python3 with Dask's distributed: apt-get install python3-distributed)"
  exit 0
fi
python3 tests/bench/gen_law.py 20000 > "$tmp/gen.jsonl"
# a blank line, a line that is not JSON, a record of the wrong type, far from the first partition
awk 'NR == 9000 { print "" } NR == 12000 { print "not json" } NR == 15000 { print "{\"system\": {\"id\": 5}}" } { print }' \
  "$tmp/gen.jsonl" > "$tmp/in.jsonl"
"$ZAN" eval policies/kz-ai-law --jsonl "$tmp/in.jsonl" > "$tmp/want" 2> "$tmp/want.err"; want=$?
if [ "$want" = 3 ] && [ "$(wc -l < "$tmp/want")" = 20002 ]; then ok; else no "zan eval reference run" "exit $want"; fi
t "dask-eval --local 2" "$want" "$PY" scripts/dask-eval.py policies/kz-ai-law "$tmp/in.jsonl" "$tmp/got" \
  --local 2 --partition-mb 2 --zan "$ZAN"
if cmp -s "$tmp/want" "$tmp/got"; then ok; else no "byte for byte" "$(cmp "$tmp/want" "$tmp/got")"; fi
err "messages: the input's line numbers" "in.jsonl:12001:1: error: invalid literal 'not'"
err "messages: the wrong type" "in.jsonl:15002:[0-9]*: error: system.id: "
t "usage: bad --partition-mb" 2 "$PY" scripts/dask-eval.py kz-ai-law "$tmp/in.jsonl" "$tmp/x" --partition-mb 0
t "no input" 3 "$PY" scripts/dask-eval.py kz-ai-law "$tmp/none.jsonl" "$tmp/x" --local 1
summary dask
