#!/bin/sh
# install-deps.sh — installs zan's build packages with apt-get where they are missing:
# as root directly, else via sudo; where neither works it prints the exact apt-get line and stops.
#   re2c (lexer), bison (parser), libgc-dev (Boehm GC), libutf8proc-dev (Unicode),
#   libyaml-dev (YAML fact files), nettle-dev (SHA-256 of receipts), check (unit tests), pkg-config,
#   libmicrohttpd-dev (zan serve's HTTP), libz3-dev (zan lint's SMT solver, docs/lint.md).
# --quiet: say nothing when everything is present.
PKGS="re2c bison libgc-dev libutf8proc-dev libyaml-dev nettle-dev check pkg-config libmicrohttpd-dev libz3-dev"
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -z "$missing" ]; then
  [ "$1" = "--quiet" ] || echo "build packages: all present"
  exit 0
fi
line="apt-get install -y --no-install-recommends$missing"
cannot() {  # cannot WHY
  echo "error: cannot install the build packages ($1):$missing" >&2
  echo "run as root, then run make again:" >&2
  echo "  apt-get update && $line" >&2
  exit 2
}
command -v apt-get >/dev/null 2>&1 || cannot "no apt-get on this system"
if [ "$(id -u)" = 0 ]; then
  echo "installing missing build packages:$missing"
  apt-get update -qq || true
  DEBIAN_FRONTEND=noninteractive $line || cannot "apt-get failed"
elif command -v sudo >/dev/null 2>&1; then
  echo "installing missing build packages with sudo:$missing"
  # No VAR=value after sudo: a sudoers rule that allows only apt-get refuses to set variables.
  # None of these packages asks a debconf question, so the default front end is fine.
  sudo apt-get update -qq || true
  sudo $line || cannot "sudo apt-get failed"
else
  cannot "not root, and sudo is not installed"
fi
# what apt-get could not provide is still missing: say so here, not as a compiler error later
for p in $missing; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || cannot "$p is still missing"
done
