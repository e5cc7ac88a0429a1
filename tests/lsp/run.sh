#!/bin/sh
# run.sh ZAN — `zan lsp` driven through whole sessions by a scripted JSON-RPC client
# (tests/lsp/client.py, python3 standard library): the bundled law and broken copies of it in
# a temp folder, then bad input. Closes with `lsp: N passed, N failed` (or "skipped" without python3).
set -u
[ $# -ge 1 ] || { echo "usage: $0 ZAN" >&2; exit 2; }
if ! command -v python3 >/dev/null 2>&1; then echo "lsp: skipped (python3 not installed)"; exit 0; fi
exec python3 "$(dirname "$0")/client.py" "$1"
