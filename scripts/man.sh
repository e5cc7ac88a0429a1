#!/bin/sh
# man.sh ZAN — writes the zan(1) man page to stdout, made from the command's own help texts
# (`zan --help`, `zan help VERB`), so the page never disagrees with the binary.
set -eu
ZAN=$1
ver=$("$ZAN" --version | cut -d' ' -f2)
esc() { sed -e 's/\\/\\e/g' -e 's/^\./\\\&./' -e "s/^'/\\\\\\&'/"; }
cat <<EOT
.TH ZAN 1 "" "zan $ver" "User Commands"
.SH NAME
zan \\- rules of law as code: decisions with the articles that justify them
.SH SYNOPSIS
.B zan
.I COMMAND
[\\fIARGS\\fR...] [\\fIOPTIONS\\fR...]
.SH DESCRIPTION
.nf
EOT
"$ZAN" --help | esc
for v in $("$ZAN" --help | awk '/^commands:/ { on = 1; next } on && /^  [a-z]/ && !/not built/ { print $1 } /^$/ { on = 0 }'); do
  printf '.fi\n.SH "zan %s"\n.nf\n' "$v"
  "$ZAN" help "$v" | esc
done
printf '.fi\n.SH "SEE ALSO"\nThe language reference: docs/language.md in the source tree.\n'
