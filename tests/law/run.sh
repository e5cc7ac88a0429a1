#!/bin/sh
# run.sh ZAN — the bundled law as a whole (policies/kz-ai-law): the shipped statute and the
# provenance of every article text (LAW.md v2). With --explain, the Russian of 17(1),
# 17(3)(1)-(7), 18(2), 21(2), 23(1)-(5) is the statute's, marked official; no Kazakh text
# claims to be official except those of Arts. 1, 19 and 20(1), and no English text at all; a
# Russian text marked official that is not in the shipped statute makes the policy fail.
# Closes with `law: N passed, N failed`.
. "$(dirname "$0")/../lib.sh"   # ZAN, the repository root, $tmp, ok/no/t/out/err, summary
LAW=policies/kz-ai-law
D=tests/law

t "the law checks" 0 "$ZAN" check "$LAW"
if [ -f ../shared/spec/law/230-VIII.ru.md ]; then
  if cmp -s ../shared/spec/law/230-VIII.ru.md "$LAW/sources/230-VIII.ru.md"; then ok
  else no "shipped statute" "$LAW/sources/230-VIII.ru.md differs from ../shared/spec/law/230-VIII.ru.md"; fi
fi

# provenance, per reader's language (python3 reads the JSON)
if command -v python3 >/dev/null 2>&1; then
  for l in ru kk en; do
    "$ZAN" eval "$LAW" "$D/everything.json" --explain --format json --lang $l > "$tmp/$l.json" 2> "$tmp/err"
    if python3 "$D/articles.py" $l "$LAW/sources/230-VIII.ru.md" < "$tmp/$l.json" > "$tmp/out" 2>&1; then ok
    else no "provenance in $l" "$(head -3 "$tmp/out")"; fi
  done
  # an audited high-risk system cites Arts. 19 and 20 (the trusted list)
  "$ZAN" eval "$LAW" "$LAW/examples/city-traffic-control.yaml" --explain --format json --lang kk > "$tmp/kk2.json" 2> "$tmp/err"
  if python3 "$D/articles.py" kk "$LAW/sources/230-VIII.ru.md" < "$tmp/kk2.json" > "$tmp/out" 2>&1 \
     && grep -q '"20.1"' "$tmp/kk2.json" && grep -q '"19"' "$tmp/kk2.json"; then ok
  else no "provenance in kk, Arts. 19-20" "$(head -3 "$tmp/out")"; fi
else
  echo "python3 is missing: the provenance checks are skipped"
fi

# a Russian text marked official that is not the statute's word for word: check and test fail
cp -R "$LAW" "$tmp/law"
sed 's/6) определение эмоций физического лица без его согласия/6) определение эмоций человека без его согласия/' \
  "$LAW/articles_17.zan" > "$tmp/law/articles_17.zan"
if cmp -s "$LAW/articles_17.zan" "$tmp/law/articles_17.zan"; then no "edit 17.3.6" "the text to edit was not found"; fi
t "an edited official text: check fails" 4 "$ZAN" check "$tmp/law"
err "the edited article named" 'article "17.3.6"'
t "an edited official text: test fails" 4 "$ZAN" test "$tmp/law"
# «ё» where the statute writes «е»
sed 's/запрещенных законами Республики Казахстан результатов/запрещённых законами Республики Казахстан результатов/' \
  "$LAW/articles_17.zan" > "$tmp/law/articles_17.zan"
t "ё for е in an official text: check fails" 4 "$ZAN" check "$tmp/law"
err "the ё article named" 'article "17.3.7"'
# without the shipped statute the policy does not load
cp "$LAW/articles_17.zan" "$tmp/law/articles_17.zan"
rm "$tmp/law/sources/230-VIII.ru.md"
t "no shipped statute: check fails" 4 "$ZAN" check "$tmp/law"

# translation direction, as a translator meets it
t "the translations are clean" 0 "$ZAN" i18n check "$LAW" -q
# edit the English of a rule explanation: its kk and ru are stale
cp -R "$LAW" "$tmp/law-en"
sed 's/en "{system.name} determines a person.s emotions (determining emotions:/en "{system.name} recognises a person'"'"'s emotions (determining emotions:/' \
  "$LAW/prohibited.zan" > "$tmp/law-en/prohibited.zan"
t "an edited English explanation" 1 "$ZAN" i18n check "$tmp/law-en" -q
out "its kk is stale" 'rule:emotion_without_consent:explain: the kk text was made from an earlier version of the en text'
out "its ru is stale" 'rule:emotion_without_consent:explain: the ru text was made from an earlier version of the en text'
# edit an official Russian article text (and the statute with it): its kk and en are stale,
# the Russian never
cp -R "$LAW" "$tmp/law-ru"
for f in articles_17.zan sources/230-VIII.ru.md; do
  sed 's/6) определение эмоций физического лица без его согласия/6) определение эмоций физического лица без согласия/' \
    "$LAW/$f" > "$tmp/law-ru/$f"
done
t "an edited official Russian text" 1 "$ZAN" i18n check "$tmp/law-ru" -q
out "its kk is stale" 'article:17.3.6:text: the kk text was made from an earlier version of the ru text'
out "its en is stale" 'article:17.3.6:text: the en text was made from an earlier version of the ru text'
nout "the Russian is never stale" 'article:17.3.6:text: the ru text'

summary law
