#!/bin/sh
# run.sh KEYWORDS_TOOL [ZAN] — the editor grammars in editors/ are generated from lang/keywords.def
# (`make editors`); this fails when a committed grammar is stale, when the TextMate grammar
# is not valid JSON, or when a keyword of any set is missing from either grammar; and it loads
# editors/vim in real Vim (`vim -es`, tests/editors/vim_check.vim): any error message, or any
# keyword form of any set not highlighted with its group, fails (without vim: "skipped"); the
# same for editors/emacs in Emacs; Neovim with editors/nvim runs ZAN's language server on a
# broken policy and must show its diagnostic; the VS Code and Helix files are checked.
# Closes with `editors: N passed, N failed`.
set -u
[ $# -ge 1 ] || { echo "usage: $0 KEYWORDS_TOOL" >&2; exit 2; }
gen=$1
zan=
if [ $# -ge 2 ]; then case $2 in /*) zan=$2 ;; *) zan=$(pwd)/$2 ;; esac; fi
cd "$(dirname "$0")/../.." || exit 2
passed=0 failed=0
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
ok() { passed=$((passed + 1)); }
no() { failed=$((failed + 1)); echo "FAIL $1"; }

"$gen" vim > "$tmp/zan.vim" && "$gen" vscode > "$tmp/zan.json" && "$gen" emacs > "$tmp/zan.el" || { echo "FAIL: $gen did not run"; exit 1; }
if cmp -s "$tmp/zan.vim" editors/vim/syntax/zan.vim; then ok; else no "editors/vim/syntax/zan.vim is stale: run make editors"; fi
if cmp -s "$tmp/zan.json" editors/vscode/syntaxes/zan.tmLanguage.json; then ok; else no "editors/vscode/syntaxes/zan.tmLanguage.json is stale: run make editors"; fi
if cmp -s "$tmp/zan.el" editors/emacs/zan-keywords.el; then ok; else no "editors/emacs/zan-keywords.el is stale: run make editors"; fi
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
# Real Emacs: zan-mode loads and gives every form of every set its face (without emacs: "skipped").
if command -v emacs >/dev/null 2>&1; then
  [ -s "$tmp/kw.txt" ] || "$gen" list > "$tmp/kw.txt"
  if ZAN_KW_LIST="$tmp/kw.txt" emacs --batch -Q -L editors/emacs -l tests/editors/emacs_check.el >"$tmp/emacs.out" 2>"$tmp/emacs.err" \
     && grep -q '^ok [1-9]' "$tmp/emacs.out"; then ok
  else no "Emacs highlighting:"; sed 's/^/    /' "$tmp/emacs.out" "$tmp/emacs.err" | head -n 20; fi
else
  echo "editors: Emacs test skipped (emacs not installed)"
fi
# Real Neovim with the zan server (second argument): filetype, colours, and the server's
# diagnostic on a broken policy (without nvim or without ZAN: "skipped").
if command -v nvim >/dev/null 2>&1 && [ -n "$zan" ]; then
  mkdir -p "$tmp/nvim"
  printf 'policy loans\n  version "1"\n  subject applicant.id\n\nfact applicant {\n  id : text\n  age : int\n}\n\noutput eligible : bool default false\n\nrule adult\n  when applicant.age >= 18\n  then eligble = true\n' > "$tmp/nvim/loans.zan"
  ZAN_NVIM_RTP="$(pwd)" ZAN_NVIM_ZAN="$zan" ZAN_NVIM_FILE="$tmp/nvim/loans.zan" ZAN_NVIM_LINE=13 ZAN_NVIM_OUT="$tmp/nvim.out" \
    HOME="$tmp" XDG_STATE_HOME="$tmp" XDG_DATA_HOME="$tmp" timeout 120 nvim --headless -u NONE -i NONE -n -S tests/editors/nvim_check.lua </dev/null >"$tmp/nvim.log" 2>&1
  if [ "$(cat "$tmp/nvim.out" 2>/dev/null)" = ok ]; then ok
  else no "Neovim:"; sed 's/^/    /' "$tmp/nvim.out" "$tmp/nvim.log" 2>/dev/null | head -n 20; fi
else
  echo "editors: Neovim test skipped (nvim not installed or no zan given)"
fi
# VS Code extension: its script parses (node), package.json names it and the language client;
# Helix: languages.toml parses and runs `zan lsp` (python3 tomllib).
if command -v node >/dev/null 2>&1; then
  if node --check editors/vscode/extension.js 2>"$tmp/node.err"; then ok; else no "editors/vscode/extension.js: $(cat "$tmp/node.err")"; fi
else
  echo "editors: VS Code extension script not checked (node not installed)"
fi
if command -v python3 >/dev/null 2>&1; then
  if python3 -c '
import json, sys
p = json.load(open("editors/vscode/package.json"))
assert p["main"] == "./extension.js" and "vscode-languageclient" in p["dependencies"]
assert p["contributes"]["languages"][0]["id"] == "zan" and "zan.path" in p["contributes"]["configuration"]["properties"]
try:
    import tomllib
except ImportError:
    sys.exit(0)
h = tomllib.load(open("editors/helix/languages.toml", "rb"))
assert h["language"][0]["name"] == "zan" and h["language-server"]["zan"]["args"] == ["lsp"]
' 2>"$tmp/py.err"; then ok; else no "editors/vscode/package.json or editors/helix/languages.toml: $(tail -n 2 "$tmp/py.err")"; fi
fi
echo "editors: $passed passed, $failed failed"
[ "$failed" = 0 ]
