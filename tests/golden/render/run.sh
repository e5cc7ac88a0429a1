#!/bin/sh
# run.sh ZAN — golden renderings of `zan eval`: the text report and the --explain JSON, in
# en, ru, kk and kk-Latn, compared byte for byte.
#   cases/NAME.args  one line: the words after `zan eval` (policy, facts, options)
#   cases/NAME.env   optional: one VAR=VALUE a line, set for that run (e.g. LANG=ru_RU.UTF-8)
#   cases/NAME.out   the expected stdout (exit must be 0)
# Runs from the repository root with LC_ALL=C.UTF-8 (so the default language is en) unless
# NAME.env says otherwise. In a decision's receipt, zan_version (which must be this zan's) and
# policy_sha256 are written as @ZAN_VERSION@ and @POLICY_SHA256@. GOLDEN_UPDATE=1 rewrites the .out files from what zan prints
# (review the diff before keeping it). Closes with `render: N passed, N failed`.
. "$(dirname "$0")/../../lib.sh"   # ZAN, the repository root, $tmp, the counters, summary
dir=tests/golden/render/cases
zan_version_re=$("$ZAN" --version | cut -d' ' -f2 | sed 's/[.]/\\./g')
for args_file in "$dir"/*.args; do
  [ -f "$args_file" ] || continue
  name=${args_file%.args}
  envs=""; [ -f "$name.env" ] && envs=$(tr '\n' ' ' < "$name.env")
  # shellcheck disable=SC2046,SC2086
  env $envs "$ZAN" eval $(cat "$args_file") >"$tmp/out" 2>"$tmp/err" </dev/null
  code=$?
  # the receipt's zan_version and policy_sha256 would churn every golden with each release and
  # each edit of the law: written as placeholders (tests/receipts/run.sh checks both exactly)
  sed -e "s/\"zan_version\":\"$zan_version_re\"/\"zan_version\":\"@ZAN_VERSION@\"/" \
      -e 's/"policy_sha256":"[0-9a-f]\{64\}"/"policy_sha256":"@POLICY_SHA256@"/' "$tmp/out" > "$tmp/out.v" && mv "$tmp/out.v" "$tmp/out"
  [ "${GOLDEN_UPDATE:-}" = 1 ] && [ $code = 0 ] && cp "$tmp/out" "$name.out"
  if [ $code != 0 ]; then
    failed=$((failed + 1)); echo "FAIL ${name##*/}: exit $code"; sed 's/^/  stderr: /' "$tmp/err" | head -n 10
  elif [ ! -f "$name.out" ]; then
    failed=$((failed + 1)); echo "FAIL ${name##*/}: no ${name##*/}.out"
  elif ! cmp -s "$name.out" "$tmp/out"; then
    failed=$((failed + 1)); echo "FAIL ${name##*/}: output differs"; diff -u "$name.out" "$tmp/out" | sed -n '3,40p'
  else
    passed=$((passed + 1))
  fi
done
summary render
