#!/bin/sh
# run.sh ZAN — two `zan serve` replicas behind nginx on loopback (docs/scaling.md): wrk POSTs
# decisions through nginx for 4 s, one replica is killed (SIGKILL) after 1.5 s, and no request
# fails: nginx sends a request whose replica died to the other one. nginx retries a POST only
# when told (`proxy_next_upstream error timeout non_idempotent`); that is safe because an
# evaluation is pure — the same facts give the same decision on any replica, and nothing is
# written. Both replicas served, the survivor answers exactly what `zan eval` prints.
# Skipped with a note when nginx or wrk is missing.
. "$(dirname "$0")/../lib.sh"   # ZAN, the repository root, $tmp, ok/no/t/out/err/nout, summary
for c in nginx wrk curl; do
  command -v "$c" >/dev/null 2>&1 || { echo "replicas: skipped ($c is missing: apt-get install nginx wrk curl)"; exit 0; }
done
FACTS=policies/kz-ai-law/examples/bank-credit-scoring.json; export FACTS
pids=
trap 'for p in $pids; do kill -9 $p 2>/dev/null; done; rm -rf "$tmp"' EXIT INT TERM

# replica N — zan serve on a free loopback port; sets port
replica() {
  "$ZAN" serve kz-ai-law --listen 127.0.0.1:0 --threads 2 2> "$tmp/zan$1.log" &
  eval "pid$1=$!"; pids="$pids $!"
  i=0
  while ! grep -q '"event": "listening"' "$tmp/zan$1.log" 2>/dev/null; do
    i=$((i + 1)); [ $i -lt 200 ] || { cat "$tmp/zan$1.log"; echo "replicas: replica $1 did not start"; exit 1; }
    sleep 0.05
  done
  port=$(sed -n 's/.*http:\/\/127\.0\.0\.1:\([0-9]*\).*/\1/p' "$tmp/zan$1.log" | head -n 1)
}
replica 1; p1=$port
replica 2; p2=$port
pn=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

mkdir -p "$tmp/nginx"
user=; [ "$(id -u)" = 0 ] && user="user root root;"
cat > "$tmp/nginx/nginx.conf" <<CONF
$user
daemon off;
master_process off;
worker_processes 1;
pid $tmp/nginx/nginx.pid;
error_log $tmp/nginx/error.log;
events { worker_connections 512; }
http {
  log_format up '\$status \$upstream_addr \$upstream_status';
  access_log $tmp/nginx/access.log up;
  client_body_temp_path $tmp/nginx/body;
  proxy_temp_path $tmp/nginx/proxy;
  fastcgi_temp_path $tmp/nginx/fastcgi;
  uwsgi_temp_path $tmp/nginx/uwsgi;
  scgi_temp_path $tmp/nginx/scgi;
  upstream zan {
    server 127.0.0.1:$p1 max_fails=1 fail_timeout=30s;
    server 127.0.0.1:$p2 max_fails=1 fail_timeout=30s;
    keepalive 32;
  }
  server {
    listen 127.0.0.1:$pn;
    location / {
      proxy_pass http://zan;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      # a POST is retried on the other replica too: safe, evaluation is pure (no state, no writes)
      proxy_next_upstream error timeout non_idempotent;
      proxy_next_upstream_tries 2;
      proxy_connect_timeout 1s;
    }
  }
}
CONF
nginx -e "$tmp/nginx/error.log" -p "$tmp/nginx" -c "$tmp/nginx/nginx.conf" &
pids="$pids $!"
url=http://127.0.0.1:$pn/v1/policies/kz-ai-law/eval
i=0
until curl -sf -o /dev/null -X POST -H 'Content-Type: application/json' --data-binary @"$FACTS" "$url"; do
  i=$((i + 1)); [ $i -lt 100 ] || { cat "$tmp/nginx/error.log"; echo "replicas: nginx did not start"; exit 1; }
  sleep 0.05
done

wrk -t 2 -c 16 -d 4s -s tests/replicas/post.lua "$url" > "$tmp/wrk.out" 2>&1 &
wrk=$!
sleep 1.5
kill -9 "$pid1"
wait "$wrk"
requests=$(sed -n 's/^requests //p' "$tmp/wrk.out")
wrk_failed=$(sed -n 's/^failed //p' "$tmp/wrk.out")
if [ "${requests:-0}" -gt 100 ]; then ok; else no "wrk ran" "$(cat "$tmp/wrk.out")"; fi
if [ "$wrk_failed" = 0 ]; then ok; else no "no failed request" "$wrk_failed failed: $(cat "$tmp/wrk.out")"; fi
if ! grep -q '^[45]' "$tmp/nginx/access.log"; then ok
else no "nginx answered only 2xx" "$(grep '^[45]' "$tmp/nginx/access.log" | sort | uniq -c | tr '\n' ' ')"
  tail -n 5 "$tmp/nginx/error.log"; tail -n 5 "$tmp/zan2.log"; fi
# both served; after the kill, requests were sent on to the survivor
for p in $p1 $p2; do
  if grep -q "^200 127.0.0.1:$p 200" "$tmp/nginx/access.log"; then ok; else no "replica :$p served" "not in the access log"; fi
done
n2=$(grep -c "127.0.0.1:$p2 200\$" "$tmp/nginx/access.log")
if [ "$n2" -gt 50 ]; then ok; else no "the survivor took over" "$n2 requests"; fi
echo "replicas: wrk $requests requests, $wrk_failed failed; $(grep -c ', ' "$tmp/nginx/access.log") retried on the other replica"
t "decision through nginx" 0 curl -sf -X POST -H 'Content-Type: application/json' --data-binary @"$FACTS" "$url"
"$ZAN" eval kz-ai-law "$FACTS" > "$tmp/want"
if cmp -s "$tmp/want" "$tmp/out"; then ok; else no "same bytes as zan eval" "differs"; fi
summary replicas
