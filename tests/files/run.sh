#!/bin/sh
# run.sh ZAN — what zan writes, and what it does when it cannot (issue 9, items 1–3 and output
# errors): i18n export/import/stamp touch only the policy's own files; import is all or nothing
# on a full disk (`ulimit -f` makes the biggest file fail mid-way); a symbolic link planted at
# the old fixed temporary name is not followed; `zan fmt` on a link formats its target and keeps
# the link; output to /dev/full is an I/O error (exit 74) on every verb. Closes with
# `files: N passed, N failed`.
. "$(dirname "$0")/../lib.sh"   # ZAN, the repository root, $tmp, ok/no/t/out/err/nout, summary
P=tests/files/three             # a policy of three files (c.zan is the big one) importing std.obligations

fresh() { rm -rf "$tmp/p" "$tmp/std"; cp -r $P "$tmp/p"; cp -r stdlib "$tmp/std"; }
sums() { (cd "$tmp" && md5sum p/*.zan std/*.zan); }
unchanged() {  # unchanged NAME — every file of the copies as before, and no temporary left
  sums > "$tmp/sums.now"
  if cmp -s "$tmp/sums.was" "$tmp/sums.now"; then ok; else no "$1: files unchanged" "$(diff "$tmp/sums.was" "$tmp/sums.now")"; fi
  left=$(ls -A "$tmp/p" "$tmp/std" | grep -e '-tmp' -e '\.zan-' || true)
  if [ -z "$left" ]; then ok; else no "$1: no temporary left" "$left"; fi
}
ZAN_STDLIB=$tmp/std; export ZAN_STDLIB   # the copy: a failing case cannot touch the real one

# --- item 1: the standard library's texts are not the policy's ---
fresh
t "export kk" 0 "$ZAN" i18n export "$tmp/p" --lang kk -o "$tmp/kk.po"
err "export: 3 texts" '3 texts written'
if grep -q '^msgctxt "enum:Addressee' "$tmp/kk.po"; then no "export leaves std.obligations out" "$(grep -c msgctxt "$tmp/kk.po") entries"; else ok; fi
if grep -q '^msgctxt "article:2:text"$' "$tmp/kk.po"; then ok; else no "export has the policy's texts" ""; fi
# an entry that would change a stdlib text is refused by name; nothing at all is written
sed 's/^msgstr "Бірінші бап."$/msgstr "Бірінші бап (жаңа)."/' "$tmp/kk.po" > "$tmp/c.po"
printf '\nmsgctxt "enum:Addressee.owner:label"\nmsgid "Owner"\nmsgstr "Иесі"\n' >> "$tmp/c.po"
printf '\nmsgctxt "enum:Addressee.user:label"\nmsgid "User"\nmsgstr "Пайдаланушы"\n' >> "$tmp/c.po"
sums > "$tmp/sums.was"
t "import a stdlib text" 3 "$ZAN" i18n import "$tmp/p" "$tmp/c.po"
err "refused by name" "c.po:[0-9]*:1: error: text 'enum:Addressee.owner:label' is in .*std/obligations.zan, outside the policy's folder"
if grep -q "Addressee.user" "$tmp/err"; then no "an entry changing nothing is not refused" ""; else ok; fi
unchanged "stdlib entry"
# the unchanged stdlib entry alone is harmless: the policy's own change goes in
grep -v -e 'Addressee.owner' -e '^msgstr "Иесі"$' "$tmp/c.po" | sed '/^msgid "Owner"$/d' > "$tmp/c2.po"
t "import without it" 0 "$ZAN" i18n import "$tmp/p" "$tmp/c2.po"
if grep -q 'kk "Бірінші бап (жаңа)."' "$tmp/p/b.zan"; then ok; else no "own text imported" ""; fi
# stamp leaves the stdlib's unstamped texts alone
fresh
sed -i 's/kk "Меншік иесі" from "b971debc"/kk "Меншік иесі"/' "$tmp/std/obligations.zan"
sums > "$tmp/sums.was"
t "stamp" 0 "$ZAN" i18n stamp "$tmp/p" --lang kk
err "stamp: the policy's own 3" '3 fingerprints recorded in 3 files'
if grep -q 'kk "Меншік иесі" ru' "$tmp/std/obligations.zan"; then ok; else no "stamp: stdlib untouched" ""; fi
# the stdlib translated in its own folder is its own policy
t "export the stdlib itself" 0 "$ZAN" i18n export "$tmp/std" --lang kk -o "$tmp/std.po"
out_po() { if grep -q "$2" "$tmp/std.po"; then ok; else no "$1" ""; fi; }
out_po "stdlib export has its texts" '^msgctxt "enum:Addressee.owner:label"$'

# escapes that make invalid UTF-8 or a NUL (found by fuzz_po) are refused, nothing written
fresh
sums > "$tmp/sums.was"
printf 'msgctxt "policy:title"\nmsgid "Three files"\nmsgstr "\\x82"\n' > "$tmp/e.po"
t "import an escaped bad byte" 3 "$ZAN" i18n import "$tmp/p" "$tmp/e.po" --lang kk
err "bad byte named" 'e.po:3:8: error: the escapes in this string make a NUL byte or invalid UTF-8'
unchanged "escaped bad byte"

# --- item 2: all or nothing ---
fresh
"$ZAN" i18n export "$tmp/p" --lang kk -q -o "$tmp/kk.po"
sed -e 's/^msgstr "Үш файл"$/msgstr "Үш файл (жаңа)"/' -e 's/^msgstr "Бірінші бап."$/msgstr "Бірінші бап (жаңа)."/' \
    -e 's/^msgstr "Екінші бап."$/msgstr "Екінші бап (жаңа)."/' "$tmp/kk.po" > "$tmp/c.po"
sums > "$tmp/sums.was"
# a.zan and b.zan are under 2 KB, c.zan over 16 KB: the third write fails (EFBIG, SIGXFSZ ignored)
t "import on a full disk" 74 sh -c "trap '' XFSZ; ulimit -f 16; exec \"\$0\" i18n import \"\$1\" \"\$2\"" "$ZAN" "$tmp/p" "$tmp/c.po"
err "says which file" "cannot write '.*p/c.zan': File too large; no file was changed"
if grep -q 'texts changed' "$tmp/err"; then no "no summary after a failure" ""; else ok; fi
unchanged "full disk"
t "import with room" 0 "$ZAN" i18n import "$tmp/p" "$tmp/c.po"
err "all three written" '3 texts changed and 3 fingerprints refreshed in 3 files'
# a link planted at the old fixed temporary name is not followed
fresh
echo "victim" > "$tmp/victim"
ln -s "$tmp/victim" "$tmp/p/b.zan.i18n-tmp"
t "import past a planted link" 0 "$ZAN" i18n import "$tmp/p" "$tmp/c.po"
if [ "$(cat "$tmp/victim")" = victim ]; then ok; else no "the link's target is untouched" "$(head -c 200 "$tmp/victim")"; fi
if grep -q 'kk "Бірінші бап (жаңа)."' "$tmp/p/b.zan"; then ok; else no "b.zan written" ""; fi
rm -f "$tmp/p/b.zan.i18n-tmp"
# the mode of a file is kept
fresh
chmod 640 "$tmp/p/c.zan"
t "import keeps the mode" 0 "$ZAN" i18n import "$tmp/p" "$tmp/c.po"
if [ "$(stat -c %a "$tmp/p/c.zan")" = 640 ]; then ok; else no "mode kept" "$(stat -c %a "$tmp/p/c.zan")"; fi
# export -o through a link writes the link's target
ln -s "$tmp/real.po" "$tmp/link.po"
t "export through a link" 0 "$ZAN" i18n export "$tmp/p" --lang kk -q -o "$tmp/link.po"
if [ -L "$tmp/link.po" ] && grep -q '^msgctxt "policy:title"$' "$tmp/real.po"; then ok; else no "export -o link: target written, link kept" ""; fi

# --- item 3: fmt on a symbolic link formats the target and keeps the link ---
mkdir -p "$tmp/f/sub"
printf 'policy p\n    alias "p"\n  version "1"\noutput o : bool\n' > "$tmp/f/sub/real.zan"
ln -s sub/real.zan "$tmp/f/link.zan"
t "fmt a link" 0 "$ZAN" fmt "$tmp/f/link.zan"
if [ -L "$tmp/f/link.zan" ]; then ok; else no "the link stays a link" "$(ls -l "$tmp/f")"; fi
t "the target is formatted" 0 "$ZAN" fmt --check "$tmp/f/sub/real.zan"
# a failed write leaves the file as it was
printf 'policy p\n    alias "p"\n  version "1"\noutput o : bool\n' > "$tmp/f/big.zan"
i=0; while [ $i -lt 400 ]; do echo "-- padding line $i: a long comment to make this file bigger than the limit" >> "$tmp/f/big.zan"; i=$((i + 1)); done
cp "$tmp/f/big.zan" "$tmp/f/big.was"
t "fmt on a full disk" 74 sh -c "trap '' XFSZ; ulimit -f 16; exec \"\$0\" fmt \"\$1\"" "$ZAN" "$tmp/f/big.zan"
err "fmt says which file" "cannot write '.*big.zan': File too large"
if cmp -s "$tmp/f/big.zan" "$tmp/f/big.was" && [ -z "$(ls -A "$tmp/f" | grep '\.zan-')" ]; then ok; else no "fmt failure: file as it was" "$(ls -A "$tmp/f")"; fi

# --- output errors: exit 74 with a message, on every verb but eval ---
full() {  # full NAME CMD… — stdout to /dev/full: exit 74, said on stderr
  name=$1; shift
  "$@" </dev/null >/dev/full 2>"$tmp/err"
  code=$?
  if [ "$code" = 74 ]; then ok; else no "$name to /dev/full" "exit $code, expected 74"; fi
  if grep -q 'cannot write the output: No space left on device' "$tmp/err"; then ok; else no "$name: message" "$(head -n 3 "$tmp/err")"; fi
}
if [ -c /dev/full ]; then
  full "--help" "$ZAN" --help
  full "help eval" "$ZAN" help eval
  full "--version" "$ZAN" --version
  full "eval --help" "$ZAN" eval --help
  full "test" "$ZAN" test tests/cli/loans
  full "facts" "$ZAN" facts policies/kz-ai-law/examples/bank-credit-scoring.json
  full "schema" "$ZAN" schema kz-ai-law
  full "i18n check" "$ZAN" i18n check tests/i18n/demo
  full "i18n export" "$ZAN" i18n export tests/i18n/demo --lang kk
  if grep -q 'written' "$tmp/err"; then no "i18n export: never 'written' after a failure" "$(cat "$tmp/err")"; else ok; fi
  STDIN=$P/a.zan t "fmt - to /dev/full" 74 sh -c 'exec "$0" fmt - >/dev/full' "$ZAN"
  t "i18n export -o /dev/full" 74 "$ZAN" i18n export tests/i18n/demo --lang kk -o /dev/full
  err "-o /dev/full: message" "cannot write '/dev/full': No space left on device"
  if [ -c /dev/full ]; then ok; else no "/dev/full is still a device (written in place, not replaced)" ""; fi
  t "check: stderr to /dev/full" 74 sh -c 'exec "$0" check tests/cli/loans 2>/dev/full' "$ZAN"
else
  echo "note: no /dev/full here: the output-error cases are skipped"
fi
t "check: nothing on stdout is not an error" 0 sh -c 'exec "$0" check tests/cli/loans -q >/dev/full' "$ZAN"

summary files
