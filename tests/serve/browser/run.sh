#!/bin/sh
# run.sh ZAN — the interview page of `zan serve` in a real browser (Debian's headless Chromium,
# driven by puppeteer-core from npm: `npm ci` here first, as .ci/run does): an interview in
# each language (kk, kk-Latn, ru, en) answered from acceptance fact files, each page's
# decisions checked against `zan eval`; docs/serve-page.png is the screenshot of the ru one.
# Says "skipped" without node, chromium or node_modules. Closes with
# `serve-browser: N passed, N failed`.
. "$(dirname "$0")/../../lib.sh"   # ZAN, the repository root, $tmp, ok/no, summary
here=tests/serve/browser
command -v node >/dev/null 2>&1 || { echo "serve-browser: skipped (node is not installed)"; exit 0; }
CHROMIUM=${CHROMIUM:-$(command -v chromium || command -v chromium-browser)}
[ -n "$CHROMIUM" ] || { echo "serve-browser: skipped (chromium is not installed)"; exit 0; }
[ -d $here/node_modules/puppeteer-core ] || { echo "serve-browser: skipped (run 'npm ci' in $here)"; exit 0; }
export CHROMIUM

"$ZAN" serve kz-ai-law --listen 127.0.0.1:0 2>"$tmp/log" &
pid=$!
trap 'kill -9 $pid 2>/dev/null; rm -rf "$tmp"' EXIT INT TERM
i=0
until grep -q '"event": "listening"' "$tmp/log" 2>/dev/null; do
  i=$((i + 1)); [ $i -lt 200 ] || { cat "$tmp/log"; echo "serve-browser: 0 passed, 1 failed"; exit 1; }
  sleep 0.05
done
base=$(sed -n 's/.*\(http:\/\/127\.0\.0\.1:[0-9]*\).*/\1/p' "$tmp/log" | head -n 1)

# interview LANG FACTS [SCREENSHOT]
interview() {
  node $here/interview.mjs "$base" "$ZAN" "$@" > "$tmp/out" 2>&1
  passed=$((passed + $(grep -c '^ok ' "$tmp/out")))
  failed=$((failed + $(grep -c '^FAIL ' "$tmp/out")))
  grep -q '^ok ' "$tmp/out" || failed=$((failed + 1))
  grep -v '^ok ' "$tmp/out"
}
interview kk tests/serve/facts/04-emotion-without-consent.json
# kk-Latn: the words strings.js derives from kk by the one transliteration (translit.c)
interview kk-Latn tests/serve/facts/02-medium-credit-scoring.json
interview ru tests/serve/facts/17-fine-large-repeat.json ${SCREENSHOT:-}
interview en tests/serve/facts/04-emotion-without-consent.json
kill -TERM $pid; wait $pid
summary serve-browser
