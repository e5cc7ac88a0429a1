#!/bin/sh
# run.sh KEYWORDS_TOOL — the editor grammars in editors/ are generated from lang/keywords.def
# (`make editors`); this fails when a committed grammar is stale, when the TextMate grammar
# is not valid JSON, or when a keyword of any set is missing from either grammar; and it loads
# editors/vim in real Vim (`vim -es`, tests/editors/vim_check.vim): any error message, or any
# keyword form of any set not highlighted with its group, fails (without vim: "skipped").
# Closes with `editors: N passed, N failed`.
set -u
[ $# -ge 1 ] || { echo "usage: $0 KEYWORDS_TOOL" >&2; exit 2; }
gen=$1
cd "$(dirname "$0")/../.." || exit 2
passed=0 failed=0
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
ok() { passed=$((passed + 1)); }
no() { failed=$((failed + 1)); echo "FAIL $1"; }

"$gen" vim > "$tmp/zan.vim" && "$gen" vscode > "$tmp/zan.json" || { echo "FAIL: $gen did not run"; exit 1; }
if cmp -s "$tmp/zan.vim" editors/vim/syntax/zan.vim; then ok; else no "editors/vim/syntax/zan.vim is stale: run make editors"; fi
if cmp -s "$tmp/zan.json" editors/vscode/syntaxes/zan.tmLanguage.json; then ok; else no "editors/vscode/syntaxes/zan.tmLanguage.json is stale: run make editors"; fi
if command -v python3 >/dev/null 2>&1; then
  if python3 -c 'import json,sys; g=json.load(open(sys.argv[1])); assert g["scopeName"] == "source.zan" and g["patterns"]' "$tmp/zan.json" 2>/dev/null
  then ok; else no "the TextMate grammar is not valid JSON with scopeName source.zan"; fi
else
  echo "(python3 absent: JSON validity of the TextMate grammar not checked)"
fi
# Every keyword form of every set appears in both grammars (a sample from each language).
for w in rule exception when then правило исключение когда ереже ерекшелік егер; do
  if grep -q -- "$w" "$tmp/zan.vim" && grep -q -- "$w" "$tmp/zan.json"; then ok; else no "keyword '$w' missing from a grammar"; fi
done
# Real Vim: the ftdetect and syntax files load without a message and colour every form.
if command -v vim >/dev/null 2>&1; then
  "$gen" list > "$tmp/kw.txt" || no "$gen list did not run"
  ZAN_KW_LIST="$tmp/kw.txt" ZAN_VIM_OUT="$tmp/vim.out" ZAN_VIM_FILE="$tmp/keywords.zan" \
    ZAN_VIM_RTP="$(pwd)/editors/vim" vim -es -N -u NONE -i NONE -S tests/editors/vim_check.vim </dev/null >"$tmp/vim.log" 2>&1
  if [ -s "$tmp/vim.log" ]; then no "vim printed: $(head -c 400 "$tmp/vim.log")"; else ok; fi
  if grep -q '^ok [1-9]' "$tmp/vim.out" 2>/dev/null; then ok
  else no "Vim highlighting:"; sed 's/^/    /' "$tmp/vim.out" 2>/dev/null | head -n 20; fi
else
  echo "editors: Vim test skipped (vim not installed)"
fi
echo "editors: $passed passed, $failed failed"
[ "$failed" = 0 ]
