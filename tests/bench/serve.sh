#!/bin/sh
# serve.sh ZAN [SECONDS] — `make bench-serve`: `zan serve` on the bundled law under wrk (64
# connections, SECONDS, default 30), each request one generated fact record (tests/bench/gen_law.py)
# posted to /v1/policies/kz-ai-law/eval — decisions/s, p50/p99 latency, errors — beside the batch
# `zan eval --jsonl --jobs 2` on the same records. Figures go in docs/performance.md; this script
# reports, it does not fail on speed. Not part of `make check` (30 s of two busy cores).
set -eu
ZAN=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
SECS=${2:-${BENCH_SECONDS:-30}}
N=${BENCH_SERVE_N:-20000}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${BENCH_OUT:-$root/bench-out}; mkdir -p "$out"
command -v wrk >/dev/null 2>&1 || { echo "bench-serve: wrk is not installed (apt-get install wrk)"; exit 1; }

law="$out/law.$N.jsonl"
[ -f "$law" ] || python3 "$here/gen_law.py" "$N" > "$law"

echo "== batch: zan eval kz-ai-law --jsonl --jobs 2, $N records"
t0=$(date +%s%N)
"$ZAN" eval kz-ai-law --jsonl "$law" --jobs 2 > "$out/serve-batch.out" 2>/dev/null || true
t1=$(date +%s%N)
batch=$(awk -v n="$N" -v ns="$((t1 - t0))" 'BEGIN{ printf "%.0f", n / (ns / 1e9) }')
echo "batch: $(wc -l < "$out/serve-batch.out") lines, $(( (t1 - t0) / 1000000 )) ms, $batch decisions/s"

echo "== zan serve kz-ai-law --threads 2, wrk 64 connections, $SECS s"
"$ZAN" serve kz-ai-law --listen 127.0.0.1:0 --threads 2 2>"$out/serve.log" &
pid=$!
trap 'kill -9 $pid 2>/dev/null || true' EXIT INT TERM
i=0
until grep -q '"event": "listening"' "$out/serve.log" 2>/dev/null; do
  i=$((i + 1)); [ $i -lt 200 ] || { cat "$out/serve.log"; exit 1; }
  sleep 0.05
done
url=$(sed -n 's/.*\(http:\/\/127\.0\.0\.1:[0-9]*\).*/\1/p' "$out/serve.log" | head -n 1)
# each wrk thread posts the records in turn (read once at its start)
cat > "$out/post.lua" <<LUA
local bodies, i = {}, 0
for line in io.lines("$law") do bodies[#bodies + 1] = line end
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
request = function()
  i = i % #bodies + 1
  return wrk.format(nil, "/v1/policies/kz-ai-law/eval", nil, bodies[i])
end
LUA
wrk -t 2 -c 64 -d "${SECS}s" --latency -s "$out/post.lua" "$url" > "$out/wrk.txt" 2>&1 || true
kill -TERM $pid; wait $pid || true
trap - EXIT INT TERM
cat "$out/wrk.txt"
rps=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$out/wrk.txt")
p50=$(awk '$1 == "50%" { print $2 }' "$out/wrk.txt")
p99=$(awk '$1 == "99%" { print $2 }' "$out/wrk.txt")
errs=$(awk '/Non-2xx or 3xx responses:/ { n += $NF } /Socket errors:/ { gsub(/,/, ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }' "$out/wrk.txt")
logged=$(grep -c '"status": 200' "$out/serve.log" || true)
echo "serve: $rps decisions/s, p50 $p50, p99 $p99, $errs errors ($logged answered 200 in the access log)"
awk -v s="$rps" -v b="$batch" 'BEGIN{ if (b > 0) printf "serve / batch: %.0f %% of the batch rate\n", 100 * s / b }'
