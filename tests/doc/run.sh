#!/bin/sh
# run.sh ZAN — `zan doc`: the site of a small policy whose statute coverage is known paragraph by
# paragraph (tests/doc/policy, expect-cover.txt), of the bundled law (every article in kk, ru
# and en, its unencoded paragraphs marked), of the standard library and of a policy without a
# statute; every page checked by check_site.py (well-formed, no script or outside resource,
# every internal link and anchor resolves); the chrome in en, ru, kk, kk-Latn; the same bytes
# twice; usage and file errors; the index rendered in headless Chromium (skipped without it;
# DOC_SCREENSHOT=docs/doc-index.png keeps the screenshot; DOC_BROWSER=0 skips it).
. "$(dirname "$0")/../lib.sh"
P=tests/doc/policy
ZAN_TODAY=2026-03-01; export ZAN_TODAY

# site NAME DIR [--three-languages] — check_site.py on DIR: no BAD line, exit 0
site() {
  python3 tests/doc/check_site.py "$2" ${3:-} > "$tmp/check" 2>&1
  if [ $? = 0 ] && ! grep -q '^BAD' "$tmp/check"; then ok
  else no "$1" "$(grep -m 5 '^BAD\|Error' "$tmp/check")"; fi
}
has()  { if grep -q -- "$3" "$2"; then ok; else no "$1" "$2 has no /$3/"; fi; }
hasnt(){ if grep -q -- "$3" "$2"; then no "$1" "$2 has /$3/"; else ok; fi; }

# --- the small policy: coverage, texts, relations ---
t small 0 "$ZAN" doc $P -o "$tmp/s"
site small-site "$tmp/s"
grep '^COVER' "$tmp/check" > "$tmp/cover"
if cmp -s "$tmp/cover" tests/doc/expect-cover.txt; then ok
else no small-cover "$(diff tests/doc/expect-cover.txt "$tmp/cover")"; fi
has small-pages "$tmp/check" "^PAGES 9 "
for f in index.html A1-1.html A1-2.html A1-3.html act-other.html rules.html facts.html \
         outputs.html tests.html zan-doc.css; do
  [ -f "$tmp/s/$f" ] && ok || no small-file-$f "not written"
done
# unencoded paragraphs are marked in words, not only by colour
has small-unencoded-word "$tmp/s/A1-1.html" \
  'id="p-1.2" class="d1 cov-none">2. A loan to a minor is not granted.<br><span class="who">'
has small-unencoded-badge "$tmp/s/A1-1.html" \
  'minor is not granted.<br><span class="who"><span class="badge cov-none">not encoded by any rule'
has small-part-word "$tmp/s/A1-3.html" 'class="badge cov-part">encoded in part'
# the paragraph lists the rules and parameters that encode it, and the article's own section
has small-who-rule "$tmp/s/A1-1.html" \
  'href="#art-1.1">Article 1(1)</a> <a href="rules.html#r-adult__loan">adult_loan</a>'
has small-who-param "$tmp/s/A1-2.html" '<a href="rules.html#param-max__limit">max_limit</a>'
# three columns; the missing English text of 3.2 is said; statuses and sources of each text
has small-missing-en "$tmp/s/A1-3.html" \
  '<div class="text missing" lang="en"><div class="head"><b>English</b></div><p>no text in this'
has small-status-official "$tmp/s/A1-1.html" \
  '<b>English</b> <span class="badge st-official">official text'
has small-status-summary "$tmp/s/A1-1.html" '<b>Русский</b> <span class="badge st-summary">summary'
has small-source-link "$tmp/s/A1-1.html" 'source: <a href="https://example.org/act#1">'
python3 tests/doc/check_site.py "$tmp/s" --three-languages > "$tmp/check3"
has small-three-languages-fails "$tmp/check3" '^BAD A1-3.html: article art-3.2 has no en text'
# escaping: markup in texts and statute lines is text
has small-escape-statute "$tmp/s/A1-3.html" 'apply to &lt;state&gt; bodies &amp; funds'
has small-escape-text "$tmp/s/act-other.html" 'Another act &lt;b&gt;&amp;amp;&lt;/b&gt;.'
# rules: source highlighted with names linked, what each reads, exceptions, tests
has small-rule-source "$tmp/s/rules.html" \
  '<span class="k">rule</span> <a href="rules.html#r-adult__loan">adult_loan</a>'
has small-rule-fact-link "$tmp/s/rules.html" \
  '<a href="facts.html#f-client">client</a>.<a href="facts.html#f-client.age">age</a>'
has small-rule-cites-link "$tmp/s/rules.html" \
  '<a href="A1-1.html#art-1.1" class="s">&quot;1.1&quot;</a>'
has small-rule-exception "$tmp/s/rules.html" \
  'exception to <a href="rules.html#r-adult__loan">adult_loan</a>'
has small-rule-reads-output "$tmp/s/rules.html" \
  'reads outputs:</b> <a href="outputs.html#o-loan">loan</a>'
has small-rule-tested "$tmp/s/rules.html" \
  'made to apply by tests (1):</b> <a href="tests.html#tb-an_20adult_20gets_20a_20loan">an adult'
has small-rule-untested "$tmp/s/rules.html" \
  'id="r-bankrupt__business">.*no test makes this rule apply'
# facts, outputs, tests
has small-fact-label "$tmp/s/facts.html" \
  '<code>client.age</code></td><td>Age</td><td>How old is the client?</td><td><code>int</code>'
has small-fact-read-by "$tmp/s/facts.html" \
  'How old is the client?</td><td><code>int</code></td><td><a href="rules.html#r-adult__loan">'
has small-fact-subject "$tmp/s/facts.html" \
  '<code>client.id</code>.*the decision&#39;s subject (the policy header)'
has small-fact-unread "$tmp/s/facts.html" '<code>client.note</code>.*no rule reads it'
has small-output-combine "$tmp/s/outputs.html" 'combine</dt><dd><code>max</code>'
has small-output-default "$tmp/s/outputs.html" 'default</dt><dd><code>0</code>'
has small-output-no-default "$tmp/s/outputs.html" 'none: undetermined when no rule applies'
has small-output-exception "$tmp/s/outputs.html" \
  'bankrupt_business</a> <span class="muted">(exception to adult_loan)'
has small-tests-summary "$tmp/s/tests.html" \
  '2 of 3 rules are made to apply by some test; 1 tests, 1 passed, 0 failed.'
has small-tests-untested "$tmp/s/tests.html" 'Rules no test makes apply</h2>'
has small-index-total "$tmp/s/index.html" \
  'Coverage of the statute: 3 of its 7 paragraphs and sub-paragraphs are encoded by rules, 1 in'
has small-index-total-rest "$tmp/s/index.html" 'encoded by rules, 1 in part; 3 are not encoded.'
has small-index-chapter "$tmp/s/index.html" '<h2 lang="en">Chapter 2. Special cases</h2>'
# no script, no outside resource: one local stylesheet
hasnt small-no-script "$tmp/s/index.html" '<script'
has small-stylesheet "$tmp/s/index.html" '<link rel="stylesheet" href="zan-doc.css">'
has small-print-css "$tmp/s/zan-doc.css" '@media print'

# --- the chrome in each language ---
for l in en ru kk kk-Latn; do
  t lang-$l 0 "$ZAN" doc $P -o "$tmp/l-$l" --lang $l
  site lang-$l-site "$tmp/l-$l"
  has lang-$l-attr "$tmp/l-$l/index.html" "<html lang=\"$l\">"
done
has lang-ru-nav "$tmp/l-ru/index.html" '>Правила</a><a href="facts.html">Факты</a>'
has lang-kk-nav "$tmp/l-kk/index.html" '>Ережелер</a><a href="facts.html">Деректер</a>'
has lang-kk-Latn-nav "$tmp/l-kk-Latn/index.html" '>Erejeler</a>'
has lang-ru-unencoded "$tmp/l-ru/A1-1.html" 'не закодировано ни одним правилом'
has lang-ru-title "$tmp/l-ru/index.html" '<h1>Акт о займах</h1>'
has lang-ru-cite "$tmp/l-ru/A1-1.html" 'пункт 1 статьи 1'
# the same bytes every time, whatever folder it is written to
t again 0 "$ZAN" doc $P -o "$tmp/again"
if diff -r "$tmp/s" "$tmp/again" >/dev/null; then ok; else no deterministic "two runs differ"; fi
# writing over an existing site replaces its pages
t rewrite 0 "$ZAN" doc $P -o "$tmp/s/"

# --- the bundled law: every article in kk, ru and en, links all resolve, paragraphs marked ---
t law 0 "$ZAN" doc kz-ai-law -o "$tmp/law"
site law-site "$tmp/law" --three-languages
# every article of the policy has its section (as many as `zan check` counts)
narts=$("$ZAN" check kz-ai-law 2>&1 | sed -n 's/^ok: .* \([0-9]*\) articles, .*/\1/p')
has law-articles "$tmp/check" "^PAGES .* ARTICLES ${narts:-none}\$"
# a page per statute article: as many as the statute file has article headings
nstat=$(grep -c '^### ' policies/kz-ai-law/sources/230-VIII.ru.md)
nstat_pages=$(ls "$tmp/law" | grep -c '^230-VIII-[0-9]*\.html$')
[ "$nstat" = "$nstat_pages" ] && ok || no law-statute-pages "$nstat articles, $nstat_pages pages"
has law-encoded "$tmp/check" '^COVER 230-VIII-17.html p-17.3.6 cov-full$'
has law-unencoded "$tmp/check" '^COVER 230-VIII-17.html p-17.4 cov-none$'
has law-unencoded-art2 "$tmp/check" '^COVER 230-VIII-2.html p-2.1 cov-none$'
has law-chapters "$tmp/law/index.html" 'Глава 4. СИСТЕМЫ ИСКУССТВЕННОГО ИНТЕЛЛЕКТА'
has law-other-acts "$tmp/law/index.html" '<a href="act-koap.html">koap</a>'
has law-fine-param "$tmp/law/act-budget-2026.html" 'rules.html#param-mrp'
for l in ru kk; do
  t law-$l 0 "$ZAN" doc kz-ai-law -o "$tmp/law-$l" --lang $l
  site law-$l-site "$tmp/law-$l" --three-languages
done
# --- the standard library (no header, no statute) and a policy without a statute ---
t stdlib 0 "$ZAN" doc stdlib -o "$tmp/std"
site stdlib-site "$tmp/std"
t nostatute 0 "$ZAN" doc tests/lint/policy -o "$tmp/ns"
site nostatute-site "$tmp/ns"
has nostatute-articles "$tmp/ns/index.html" '<h2>Articles</h2>'
has nostatute-uncited "$tmp/ns/articles.html" '<section class="article cov-none" id="art-3">'

# --- the checker fails on a broken site (so the checks above can fail) ---
mkdir "$tmp/broken" && cp "$tmp/s/"* "$tmp/broken/"
sed -i 's|</h1>||' "$tmp/broken/facts.html"
sed -i 's|#r-adult__loan|#r-nobody|' "$tmp/broken/tests.html"
rm "$tmp/broken/A1-2.html"
python3 tests/doc/check_site.py "$tmp/broken" > "$tmp/check" 2>&1
has broken-tag "$tmp/check" '^BAD facts.html:.*</main> but the open element is <h1>'
has broken-anchor "$tmp/check" '^BAD tests.html:.*link to a missing anchor: rules.html#r-nobody'
has broken-file "$tmp/check" '^BAD index.html:.*link to a missing file: A1-2.html'

# --- errors ---
t no-dir 2 "$ZAN" doc $P
err no-dir-msg "say where to write the site: -o DIR"
t bad-lang 2 "$ZAN" doc $P -o "$tmp/x" --lang fr
printf 'x' > "$tmp/file"
t not-dir 74 "$ZAN" doc $P -o "$tmp/file"
err not-dir-msg "exists and is not a folder"
t no-parent 74 "$ZAN" doc $P -o "$tmp/none/site"
err no-parent-msg "cannot create the folder '$tmp/none/site': No such file or directory"
printf 'policy p\nrule r then nothing = 1\n' > "$tmp/bad.zan"
t bad-policy 4 "$ZAN" doc "$tmp/bad.zan" -o "$tmp/y"
[ -e "$tmp/y" ] && no bad-policy-no-dir "a folder was made for a policy with errors" || ok
if [ "$(id -u)" != 0 ]; then
  mkdir "$tmp/ro" && chmod 555 "$tmp/ro"
  t read-only 74 "$ZAN" doc $P -o "$tmp/ro"
  err read-only-msg "cannot write"
fi

# --- the index in headless Chromium ---
CHROMIUM=${CHROMIUM:-$(command -v chromium || command -v chromium-browser)}
if [ "${DOC_BROWSER:-1}" = 0 ]; then
  echo "doc: chromium skipped (DOC_BROWSER=0: the sanitizer pass)"
elif [ -z "$CHROMIUM" ]; then
  echo "doc: chromium skipped (chromium is not installed)"
else
  chrome() { timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage \
    --hide-scrollbars --user-data-dir="$tmp/chrome" "$@" 2>/dev/null; }
  chrome --dump-dom "file://$tmp/law/index.html" > "$tmp/dom"
  has chromium-dom "$tmp/dom" '<h1>Law of the Republic of Kazakhstan No. 230-VIII'
  has chromium-dom-toc "$tmp/dom" 'href="230-VIII-17.html"'
  chrome --window-size=1280,1500 --screenshot="$tmp/index.png" "file://$tmp/law/index.html" \
    >/dev/null
  magic=$(head -c 4 "$tmp/index.png" 2>/dev/null | od -An -c | tr -d ' ')
  if [ -s "$tmp/index.png" ] && [ "$magic" = '211PNG' ]; then ok
  else no chromium-screenshot "no PNG written"; fi
  [ -n "${DOC_SCREENSHOT:-}" ] && cp "$tmp/index.png" "$DOC_SCREENSHOT"
fi
summary doc
