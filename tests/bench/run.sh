#!/bin/sh
# run.sh ZAN [N] — `make bench`: records per second and peak memory of zan, end to end
# (read JSONL, decide, write decisions), on one pinned core:
#   1. the bundled law (kz-ai-law) on N generated fact records (tests/bench/gen_law.py);
#   2. where ../shared/bench is present: the reference policy of ../shared/bench/POLICY.md
#      (tests/bench/reference/) — first verify.sh shows zan agrees with every peer engine,
#      then bench.sh times zan beside them.
# Work files go to $BENCH_OUT (default ./bench-out). Targets are the direction (PRODUCT.md);
# this script reports, it does not fail on speed.
set -eu
ZAN=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
N=${2:-${BENCH_N:-100000}}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
shared=$(cd "$root/.." && pwd)/shared/bench
out=${BENCH_OUT:-$root/bench-out}; mkdir -p "$out"
pin=""; command -v taskset >/dev/null 2>&1 && pin="taskset -c 0"

law="$out/law.$N.jsonl"
[ -f "$law" ] || python3 "$here/gen_law.py" "$N" > "$law"
echo "== bundled law (kz-ai-law), $N records, $(du -m "$law" | cut -f1) MB"
code=0
/usr/bin/time -f '%e %M' -o "$out/law.time" $pin "$ZAN" eval kz-ai-law --jsonl "$law" --format json > "$out/law.out" 2>"$out/law.err" || code=$?
# after a failure time(1) writes "Command exited with non-zero status N" first: the figures are last
read -r secs rss <<EOF
$(tail -n 1 "$out/law.time")
EOF
lines=$(wc -l < "$out/law.out")
# exit 1 is --fail-on's; anything else, or a missing line, means the figures are not of a full run
if [ "$code" -gt 1 ] || [ "$lines" != "$N" ]; then
  echo "zan kz-ai-law: exit $code, $lines lines for $N records; first errors:" >&2
  head -n 5 "$out/law.err" >&2
fi
awk -v s="$secs" -v k="$rss" -v n="$N" -v l="$lines" 'BEGIN{ if (s < 0.01) s = 0.01;
  printf "zan kz-ai-law: %d lines, %.2f s, %.0f records/s, %.1f µs/record, peak %.1f MB\n", l, s, n/s, s*1e6/n, k/1024 }'

# the same stream with a receipt on every decision (--receipt; docs/receipts.md)
/usr/bin/time -f '%e %M' -o "$out/law-receipt.time" $pin "$ZAN" eval kz-ai-law --jsonl "$law" --receipt > "$out/law-receipt.out" 2>/dev/null || true
rsecs=$(tail -n 1 "$out/law-receipt.time" | cut -d' ' -f1)
awk -v s="$rsecs" -v s0="$secs" -v n="$N" 'BEGIN{ if (s < 0.01) s = 0.01; if (s0 < 0.01) s0 = 0.01;
  printf "zan kz-ai-law --receipt: %.2f s, %.0f records/s (%.0f%% of the rate without)\n", s, n/s, 100*s0/s }'

t0=$(date +%s%N); "$ZAN" eval kz-ai-law "$root/policies/kz-ai-law/examples/bank-credit-scoring.json" >/dev/null 2>&1 || true; t1=$(date +%s%N)
echo "one fact file end to end: $(( (t1 - t0) / 1000 )) µs"
# zan missing on the whole law with nothing known (target: under 50 ms), and the search alone:
# the same run on a fact file where every output is decided costs the load and one evaluation
echo '{}' > "$out/empty.json"
t0=$(date +%s%N); "$ZAN" missing kz-ai-law "$out/empty.json" --as-of 2026-03-01 >/dev/null 2>&1 || true; t1=$(date +%s%N)
t2=$(date +%s%N); "$ZAN" missing kz-ai-law "$root/tests/missing/cases/12-review-on-anniversary/facts.json" --as-of 2026-03-01 >/dev/null 2>&1 || true; t3=$(date +%s%N)
echo "zan missing, the whole law, empty fact file: $(( (t1 - t0) / 1000 )) µs end to end ($(( (t3 - t2) / 1000 )) µs of it load and evaluation)"
t0=$(date +%s%N); "$ZAN" check kz-ai-law >/dev/null 2>&1 || true; t1=$(date +%s%N)
echo "parse + check the bundled law: $(( (t1 - t0) / 1000 )) µs (process included)"
# zan lsp: a change in the bundled law re-checked (didChange -> diagnostics; target under 20 ms)
python3 "$here/lsp_recheck.py" "$ZAN" 30 || echo "zan lsp re-check benchmark: failed"

if [ -x "$shared/bench.sh" ]; then
  echo "== reference policy beside the peer engines ($shared)"
  export BENCH_OUT="$out"
  { [ -x "$out/policy_c" ] && [ -x "$out/floor_simdjson" ]; } || "$shared/setup.sh"
  ZAN="$ZAN" ZAN_POLICY="$root/tests/bench/reference" "$shared/verify.sh" 2000
  ZAN="$ZAN" ZAN_POLICY="$root/tests/bench/reference" CAP_jre=${CAP_jre:-20000} CAP_clips=${CAP_clips:-50000} \
    $pin "$shared/bench.sh" "$N"
else
  echo "(../shared/bench not found: peer comparison skipped)"
fi
