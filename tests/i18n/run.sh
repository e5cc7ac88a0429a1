#!/bin/sh
# run.sh ZAN — end-to-end tests of `zan i18n`: check (exact findings on tests/i18n/demo), export
# (msgfmt -c accepts it), import (an unchanged PO gives byte-identical sources; a changed
# msgstr changes just that text and its fingerprint), stamp, and the errors. Works on copies
# of the demo policy. Closes with `i18n: N passed, N failed`.
. "$(dirname "$0")/../lib.sh"   # ZAN, the repository root, $tmp, ok/no/t/out/err/nout, summary
SOURCE_DATE_EPOCH=1767225600; export SOURCE_DATE_EPOCH
D=tests/i18n/demo

same() {  # same NAME FILE — stdout equals FILE
  if cmp -s "$tmp/out" "$2"; then ok; else no "$1" "stdout differs: $(diff "$2" "$tmp/out" | head -n 20)"; fi
}
fresh() { rm -rf "$tmp/d"; cp -r "$D" "$tmp/d"; }

# --- check: every kind of finding, exactly ---
cat > "$tmp/want" <<'EOF'
tests/i18n/demo/demo.zan:18:48: warning: article:2:text: no kk text
tests/i18n/demo/demo.zan:25:6: warning: article:3:text: the en text uses the glossary term 'owner' but the ru text lacks the approved term 'собственник'
tests/i18n/demo/demo.zan:26:11: note: the en text uses 'owner' here
tests/i18n/demo/demo.zan:26:6: warning: article:3:text: the ru text uses the glossary term 'Владелец' but the en text lacks the approved term 'possessor'
tests/i18n/demo/demo.zan:25:7: note: the ru text uses 'Владелец' here
tests/i18n/demo/demo.zan:31:6: warning: article:4:text: numbers or article references differ between the en and ru texts: only in en: 30; only in ru: 60
tests/i18n/demo/demo.zan:32:6: note: the en text is here
tests/i18n/demo/demo.zan:45:33: warning: output:ok:label: the kk text was made from an earlier version of the en text (from "8b329ce3", now "84e6d126")
tests/i18n/demo/demo.zan:45:76: note: the en text is here
tests/i18n/demo/demo.zan:45:62: warning: output:ok:label: the ru text was made from an earlier version of the en text (from "8b329ce3", now "84e6d126")
tests/i18n/demo/demo.zan:45:76: note: the en text is here
tests/i18n/demo/demo.zan:53:8: warning: rule:described:explain: placeholders differ between the en and ru texts: only in en: {system.name}; only in ru: {system.id}
tests/i18n/demo/demo.zan:54:8: note: the en text is here
EOF
t "check finds" 1 "$ZAN" i18n check $D;          same "check output" "$tmp/want"
err "check summary" '^8 texts checked in tests/i18n/demo: 7 findings$'
t "check --strict" 1 "$ZAN" i18n check $D --strict
out "strict: unstamped kk" "demo.zan:39:16: warning: fact:system.name:label: the kk text records no fingerprint"
out "strict: unstamped ru" "demo.zan:39:35: warning: fact:system.name:label: the ru text records no fingerprint"
t "check --lang ru" 1 "$ZAN" i18n check $D --lang ru
nout "lang ru: no kk findings" 'no kk text'
t "check without glossary" 1 "$ZAN" i18n check $D --glossary none
nout "no glossary findings" 'glossary term'
t "check clean" 0 "$ZAN" i18n check tests/cli/loans -q
t "check messages in Russian" 1 env LC_ALL=ru_RU.UTF-8 "$ZAN" i18n check $D
out "check ru message" 'article:2:text: нет текста на языке kk'

# --- export: a PO file msgfmt accepts ---
t "export kk" 0 "$ZAN" i18n export $D --lang kk -o "$tmp/kk.po"
err "export summary" '8 texts written (1 untranslated, 1 fuzzy)'
if grep -q -A1 '^#, fuzzy$' "$tmp/kk.po" && [ "$(grep -A1 '^#, fuzzy$' "$tmp/kk.po" | tail -n 1)" = 'msgctxt "output:ok:label"' ]; then ok; else no "fuzzy marks the stale text" "$(cat "$tmp/kk.po")"; fi
if grep -q '^msgctxt "article:2:text"$' "$tmp/kk.po"; then ok; else no "untranslated text exported" ""; fi
if grep -q '^"Language: kk\\n"$' "$tmp/kk.po"; then ok; else no "Language header" ""; fi
t "export ru to stdout" 0 "$ZAN" i18n export $D --lang ru
out "ru msgstr" '^msgstr "Штраф составляет 15 МРП."$'
if command -v msgfmt >/dev/null 2>&1; then
  t "msgfmt -c kk" 0 msgfmt -c --check-format -o /dev/null "$tmp/kk.po"
  t "msgfmt -c ru" 0 sh -c "'$ZAN' i18n export $D --lang ru -q | msgfmt -c --check-format -o /dev/null -"
  t "msgfmt -c bundled law" 0 sh -c "'$ZAN' i18n export kz-ai-law --lang kk -q | msgfmt -c --check-format -o /dev/null -"
else
  echo "note: msgfmt not installed (apt-get install gettext): the msgfmt checks are skipped"
fi

# --- import: an unchanged PO gives byte-identical sources ---
fresh
"$ZAN" i18n export "$tmp/d" --lang kk -q -o "$tmp/d-kk.po"
"$ZAN" i18n export "$tmp/d" --lang ru -q -o "$tmp/d-ru.po"
t "import unchanged kk" 0 "$ZAN" i18n import "$tmp/d" "$tmp/d-kk.po"
err "import summary" '0 texts changed and 0 fingerprints refreshed in 0 files'
if cmp -s "$tmp/d/demo.zan" $D/demo.zan; then ok; else no "unchanged kk: byte-identical" "$(diff $D/demo.zan "$tmp/d/demo.zan")"; fi
t "import unchanged ru" 0 "$ZAN" i18n import "$tmp/d" "$tmp/d-ru.po" --lang ru
if cmp -s "$tmp/d/demo.zan" $D/demo.zan; then ok; else no "unchanged ru: byte-identical" "$(diff $D/demo.zan "$tmp/d/demo.zan")"; fi

# --- a changed msgstr changes just that text (and its fingerprint) ---
sed 's/^msgstr "Хабарлама 30 күн ішінде жіберіледі."$/msgstr "Хабарлама 30 күнтізбелік күн ішінде жіберіледі."/' \
  "$tmp/d-kk.po" > "$tmp/c.po"
t "import one change" 0 "$ZAN" i18n import "$tmp/d" "$tmp/c.po"
diff $D/demo.zan "$tmp/d/demo.zan" > "$tmp/out"
cat > "$tmp/want" <<'EOF'
30c30
<   kk "Хабарлама 30 күн ішінде жіберіледі." from "6bffe568"
---
>   kk "Хабарлама 30 күнтізбелік күн ішінде жіберіледі." from "6bffe568"
EOF
same "one change: diff" "$tmp/want"
# the stale text, reviewed (fuzzy cleared) and changed: new text, the current fingerprint
fresh
sed -e '/^#, fuzzy$/d' -e 's/^msgstr "Сипатталған"$/msgstr "Жүйе сипатталған"/' "$tmp/d-kk.po" > "$tmp/c.po"
t "import reviewed change" 0 "$ZAN" i18n import "$tmp/d" "$tmp/c.po"
diff $D/demo.zan "$tmp/d/demo.zan" > "$tmp/out"
cat > "$tmp/want" <<'EOF'
45c45
<   label { kk "Сипатталған" from "8b329ce3" ru "Описана" from "8b329ce3" en "The system has been described" }
---
>   label { kk "Жүйе сипатталған" from "84e6d126" ru "Описана" from "8b329ce3" en "The system has been described" }
EOF
same "reviewed change: diff" "$tmp/want"
t "kk no longer stale" 1 "$ZAN" i18n check "$tmp/d" --lang kk
nout "kk stale gone" 'output:ok:label: the kk text was made'
# a fuzzy entry changed but still fuzzy: the text is taken, the old fingerprint kept
fresh
sed 's/^msgstr "Сипатталған"$/msgstr "Жүйе сипатталған"/' "$tmp/d-kk.po" > "$tmp/c.po"
t "import fuzzy change" 0 "$ZAN" i18n import "$tmp/d" "$tmp/c.po"
if grep -q 'kk "Жүйе сипатталған" from "8b329ce3"' "$tmp/d/demo.zan"; then ok; else no "fuzzy keeps fingerprint" ""; fi
# a missing translation filled in: a new item, in kk ru en order, on its own line
fresh
awk '/^msgctxt "article:2:text"$/ { f = 1 } f && /^msgstr ""$/ { print "msgstr \"Жүйе сипатталуы тиіс.\""; f = 0; next } { print }' \
  "$tmp/d-kk.po" > "$tmp/c.po"
t "import new text" 0 "$ZAN" i18n import "$tmp/d" "$tmp/c.po"
diff $D/demo.zan "$tmp/d/demo.zan" > "$tmp/out"
cat > "$tmp/want" <<'EOF'
18a19
>   kk "Жүйе сипатталуы тиіс." from "f9bb02f5"
EOF
same "new text: diff" "$tmp/want"
t "the policy still checks" 0 "$ZAN" check "$tmp/d" -q
# entries zan does not know are skipped with a warning
fresh
printf '\nmsgctxt "rule:nothing:explain"\nmsgid "x"\nmsgstr "y"\n' >> "$tmp/d-kk.po"
t "import unknown id" 0 "$ZAN" i18n import "$tmp/d" "$tmp/d-kk.po"
err "unknown id warned" "no text with id 'rule:nothing:explain' in the policy; entry skipped"
if cmp -s "$tmp/d/demo.zan" $D/demo.zan; then ok; else no "unknown id: unchanged" ""; fi

# --- bad PO files (exit 3) and usage errors (exit 2) ---
printf 'msgctxt "policy:title"\nmsgid "Sample policy"\nmsgstr "bad \\q escape"\n' > "$tmp/bad.po"
t "bad PO" 3 "$ZAN" i18n import $D "$tmp/bad.po" --lang kk
err "bad PO line:col" "bad.po:3:13: error: unknown escape"
t "PO missing" 3 "$ZAN" i18n import $D "$tmp/none.po" --lang kk
printf 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n' > "$tmp/nolang.po"
t "PO without language" 2 "$ZAN" i18n import $D "$tmp/nolang.po"
err "PO without language message" 'which language?'
t "unknown subcommand" 2 "$ZAN" i18n frob $D;      err "unknown subcommand named" "unknown i18n command 'frob'"
t "export without --lang" 2 "$ZAN" i18n export $D
t "export --lang kk-Latn" 2 "$ZAN" i18n export $D --lang kk-Latn
err "kk-Latn is no text language" "'kk-Latn' is not a language of the texts (kk, ru or en)"
t "export --lang en, no official text" 0 "$ZAN" i18n export $D --lang en -o "$tmp/en.po"
err "en is the source of every demo text" ': 0 texts written'
t "import without PO" 2 "$ZAN" i18n import $D
printf 'output o : int label { en "x"\n' > "$tmp/broken.zan"
t "policy error" 4 "$ZAN" i18n check "$tmp/broken.zan"

# --- stamp: fingerprints for translations that have none; stale ones stay stale ---
fresh
t "stamp" 0 "$ZAN" i18n stamp "$tmp/d"
err "stamp summary" '2 fingerprints recorded in 1 files'
diff $D/demo.zan "$tmp/d/demo.zan" > "$tmp/out"
cat > "$tmp/want" <<'EOF'
39c39
<     label { kk "Жүйенің атауы" ru "Название системы" en "Name of the system" }
---
>     label { kk "Жүйенің атауы" from "23c7ca6b" ru "Название системы" from "23c7ca6b" en "Name of the system" }
EOF
same "stamp: diff" "$tmp/want"
t "stamp again: nothing to do" 0 "$ZAN" i18n stamp "$tmp/d"
err "stamp again summary" '0 fingerprints recorded in 0 files'
t "strict after stamp" 1 "$ZAN" i18n check "$tmp/d" --strict
nout "no unstamped left" 'records no fingerprint'
out "stale still reported" 'output:ok:label: the kk text was made from an earlier version'
t "stamp --all" 0 "$ZAN" i18n stamp "$tmp/d" --all --lang kk
err "stamp --all summary" '1 fingerprints recorded in 1 files'
if grep -q 'kk "Сипатталған" from "84e6d126" ru "Описана" from "8b329ce3"' "$tmp/d/demo.zan"; then ok; else no "stamp --all: kk refreshed, ru kept" ""; fi

# --- a file in Russian keywords: the inserted fingerprint keyword is the file's own ('с') ---
fresh
t "convert demo to ru keywords" 0 "$ZAN" fmt --keywords ru "$tmp/d/demo.zan"
t "stamp a ru-keyword file" 0 "$ZAN" i18n stamp "$tmp/d"
if grep -q 'kk "Жүйенің атауы" с "23c7ca6b" ru "Название системы" с "23c7ca6b"' "$tmp/d/demo.zan"; then ok; else no "stamp writes the ru keyword" "$(grep -n 'Жүйенің атауы' "$tmp/d/demo.zan")"; fi
t "the ru-keyword policy still checks" 0 "$ZAN" check "$tmp/d" -q

# --- translation direction: an official text is the source of its article's translations ---
O=tests/i18n/official
rm -rf "$tmp/o"; cp -r $O "$tmp/o"
t "stamp official demo" 0 "$ZAN" i18n stamp "$tmp/o"
err "stamp: 8 translations" '8 fingerprints recorded in 1 files'
if grep -q 'ru status official source "Закон о займах, ст. 1" "Заём выдается совершеннолетнему лицу."$' "$tmp/o/official.zan"; then ok; else no "stamp leaves the official text alone" "$(grep -n 'ru status' "$tmp/o/official.zan")"; fi
if grep -q 'kk status unofficial_translation "Қарыз кәмелетке толған адамға беріледі." from "d4618435"$' "$tmp/o/official.zan" &&
   grep -q 'en status unofficial_translation "A loan is granted to an adult." from "d4618435"$' "$tmp/o/official.zan"; then ok
else no "kk and en stamped with the official ru text's fingerprint" "$(grep -n 'status' "$tmp/o/official.zan")"; fi
if grep -q "$(printf 'd4618435\tЗаём выдается совершеннолетнему лицу.')" "$tmp/o/i18n-sources.tsv"; then ok; else no "stamp keeps the source text" "$(cat "$tmp/o/i18n-sources.tsv")"; fi
t "official demo clean" 0 "$ZAN" i18n check "$tmp/o" --strict
# a translator edits the English of a rule explanation: kk and ru are stale
sed 's/en "The applicant is an adult."/en "The applicant is of full age."/' "$tmp/o/official.zan" > "$tmp/o/x" && mv "$tmp/o/x" "$tmp/o/official.zan"
t "en explanation edited" 1 "$ZAN" i18n check "$tmp/o"
out "explain: kk stale" 'rule:adult:explain: the kk text was made from an earlier version of the en text'
out "explain: ru stale" 'rule:adult:explain: the ru text was made from an earlier version of the en text'
nout "article untouched" 'article:1:text'
# a legal engineer edits the official Russian text: kk and en are stale, the Russian never
sed 's/"Заём выдается совершеннолетнему лицу."/"Заём выдается только совершеннолетнему лицу."/' "$tmp/o/official.zan" > "$tmp/o/x" && mv "$tmp/o/x" "$tmp/o/official.zan"
t "official ru edited" 1 "$ZAN" i18n check "$tmp/o"
out "article: kk stale against ru" 'article:1:text: the kk text was made from an earlier version of the ru text (from "d4618435", now "c05e2df7")'
out "article: en stale against ru" 'article:1:text: the en text was made from an earlier version of the ru text (from "d4618435", now "c05e2df7")'
nout "the official ru is never stale" 'article:1:text: the ru text'
t "check --lang en" 1 "$ZAN" i18n check "$tmp/o" --lang en
out "--lang en: en stale" 'article:1:text: the en text was made'
nout "--lang en: no kk" 'the kk text'
# export: the official text is the msgid of kk and en, and is never exported itself
t "export ru" 0 "$ZAN" i18n export "$tmp/o" --lang ru -o "$tmp/o-ru.po"
if grep -q 'msgctxt "article:1:text"' "$tmp/o-ru.po"; then no "official ru text exported" "$(cat "$tmp/o-ru.po")"; else ok; fi
if grep -q 'Заём выдается' "$tmp/o-ru.po"; then no "official ru text in the ru PO" ""; else ok; fi
t "export en" 0 "$ZAN" i18n export "$tmp/o" --lang en -o "$tmp/o-en.po"
err "export en: one text" ': 1 texts written (0 untranslated, 1 fuzzy)'
t "export kk" 0 "$ZAN" i18n export "$tmp/o" --lang kk -o "$tmp/o-kk.po"
printf '%s\n' '#, fuzzy' '#| msgid "Заём выдается совершеннолетнему лицу."' 'msgctxt "article:1:text"' \
  'msgid "Заём выдается только совершеннолетнему лицу."' 'msgstr "Қарыз кәмелетке толған адамға беріледі."' > "$tmp/want"
grep -B3 -A2 '^msgctxt "article:1:text"$' "$tmp/o-kk.po" | grep -v '^#:' > "$tmp/out"
same "kk PO: official ru msgid, the previous one as #| msgid" "$tmp/want"
if grep -q '^#| msgid "The applicant is an adult."$' "$tmp/o-kk.po"; then ok; else no "#| msgid of the en explanation" "$(cat "$tmp/o-kk.po")"; fi
if command -v msgfmt >/dev/null 2>&1; then
  t "msgfmt -c: #| lines" 0 msgfmt -c --check-format -o /dev/null "$tmp/o-kk.po"
fi
# import: the translation is updated and restamped from the msgid; an entry for the official text is refused
sed 's/^msgstr "Қарыз кәмелетке толған адамға беріледі."$/msgstr "Қарыз тек кәмелетке толған адамға беріледі."/; /^#, fuzzy$/d' "$tmp/o-kk.po" > "$tmp/o-kk2.po"
t "import kk from the official ru" 0 "$ZAN" i18n import "$tmp/o" "$tmp/o-kk2.po"
if grep -q 'kk status unofficial_translation "Қарыз тек кәмелетке толған адамға беріледі." from "c05e2df7"$' "$tmp/o/official.zan"; then ok
else no "import restamps from the ru text" "$(grep -n 'kk status' "$tmp/o/official.zan")"; fi
printf 'msgid ""\nmsgstr "Language: ru\\n"\n\nmsgctxt "article:1:text"\nmsgid "x"\nmsgstr "Подмена"\n' > "$tmp/o-ru2.po"
t "import into the official text" 0 "$ZAN" i18n import "$tmp/o" "$tmp/o-ru2.po"
err "refused with a warning" 'article:1:text: the ru text is official or the source text, not a translation; entry skipped'
if grep -q 'Подмена' "$tmp/o/official.zan"; then no "the official text was overwritten" ""; else ok; fi

summary i18n
