#!/bin/sh
# install-deps.sh — installs zan's build packages with apt-get where they are missing:
# via sudo when not root; where neither works it prints the exact apt-get line and stops.
#   re2c (lexer), bison (parser), libgc-dev (Boehm GC), libutf8proc-dev (Unicode),
#   libyaml-dev (YAML fact files), check (unit tests), pkg-config.
# --quiet: say nothing when everything is present.
set -e
PKGS="re2c bison libgc-dev libutf8proc-dev libyaml-dev check pkg-config"
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -z "$missing" ]; then
  [ "$1" = "--quiet" ] || echo "build packages: all present"
  exit 0
fi
echo "installing missing build packages:$missing"
line="apt-get install -y$missing"
if [ "$(id -u)" = 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive $line
elif command -v sudo >/dev/null 2>&1; then
  sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive $line
else
  echo "error: cannot install packages (not root, no sudo). Run as root:" >&2
  echo "  apt-get update && $line" >&2
  exit 2
fi
