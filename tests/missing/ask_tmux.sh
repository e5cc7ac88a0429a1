#!/bin/sh
# ask_tmux.sh ZAN — `zan ask` on the bundled law through a real terminal (tmux send-keys and
# capture-pane), in kk, ru and en: `:back` with nothing to undo, an invalid answer (the same
# question again), a "don't know", `:back` after an answer (that question again), then
# answers until the report; the fact file written must be accepted by `zan facts --policy`.
# Answers are chosen from what the screen shows (a numbered choice: 1; yes/no: yes; a date),
# so the script does not depend on which facts the law asks for. Without tmux: "skipped".
. "$(dirname "$0")/../lib.sh"
if ! command -v tmux >/dev/null 2>&1; then echo "ask-tmux: skipped (tmux not installed)"; exit 0; fi
sock=""
trap '[ -n "$sock" ] && tmux -S "$sock" kill-server 2>/dev/null; rm -rf "$tmp"' EXIT INT TERM

screen() { tmux -S "$sock" capture-pane -p -J -S -400 -t ask > "$tmp/screen"; }
# waits until the screen has changed since the last answer was sent and ends with a prompt
# ("> "), or the run has ended; false after 30 s
wait_prompt() {
  i=0
  while [ $i -lt 600 ]; do
    screen
    if grep -q '^ZAN-EXIT=' "$tmp/screen"; then return 0; fi
    last=$(grep -v '^ *$' "$tmp/screen" | tail -n 1)
    case $last in '>'|'> ') cmp -s "$tmp/screen" "$tmp/before" || return 0 ;; esac
    i=$((i + 1)); sleep 0.05
  done
  return 1
}
send() {
  cp "$tmp/screen" "$tmp/before"
  [ -n "$1" ] && tmux -S "$sock" send-keys -t ask -l -- "$1"
  tmux -S "$sock" send-keys -t ask Enter
}
# the lines of the last question on the screen (from its "(N) " line)
last_question() { awk '/^\([0-9]+\) /{b=""} {b=b $0 "\n"} END{printf "%s", b}' "$tmp/screen"; }
qcount() { grep -c '^([0-9]*) ' "$tmp/screen"; }

for lang in kk ru en; do
  case $lang in kk) yes=иә; undo_none="болдырмайтын"; undone="жауап болдырылмады"; decisions="ШЕШІМДЕР" ;;
                ru) yes=да; undo_none="отменять пока нечего"; undone="ответ отменён"; decisions="РЕШЕНИЯ" ;;
                en) yes=yes; undo_none="nothing to undo"; undone="undone:"; decisions="DECISIONS" ;; esac
  f="$tmp/answers-$lang.json"
  sock="$tmp/tmux-$lang.sock"
  : > "$tmp/before"
  tmux -S "$sock" new-session -d -s ask -x 200 -y 50 \
    "ZAN_TODAY=2026-03-01 LC_ALL=C.UTF-8 '$ZAN' ask kz-ai-law --lang $lang -o '$f'; echo ZAN-EXIT=\$?; sleep 600"
  wait_prompt || { no "$lang-start" "no first question"; cat "$tmp/screen"; tmux -S "$sock" kill-server; continue; }
  send ":back"; wait_prompt
  if grep -q "$undo_none" "$tmp/screen"; then ok; else no "$lang-back-none" "no '$undo_none'"; fi
  n=$(qcount)
  send "@@@"; wait_prompt
  if [ "$(qcount)" = "$n" ] && [ "$(grep -c '^> @@@' "$tmp/screen")" = 1 ]; then ok; else no "$lang-invalid" "an invalid answer did not ask the same question again"; fi
  step=0 dontknow="" back_done=0
  while [ $step -lt 120 ]; do
    grep -q '^ZAN-EXIT=' "$tmp/screen" && break
    step=$((step + 1))
    q=$(last_question)
    if [ $step = 2 ]; then dontknow=$(printf '%s' "$q" | sed -n '1s/.*\[\(.*\)\]$/\1/p'); send ""; wait_prompt; continue; fi
    if [ $step = 4 ] && [ $back_done = 0 ]; then
      back_done=1
      before=$(printf '%s' "$q" | head -n 1 | sed 's/^([0-9]*) //')
      send ":back"; wait_prompt
      if grep -q "$undone" "$tmp/screen"; then ok; else no "$lang-back" "no '$undone' after :back"; fi
      again=$(last_question | head -n 1)
      case $again in "(3) "*) ok ;; *) no "$lang-back-again" "after :back the third question is not asked again: $again" ;; esac
      continue
    fi
    if printf '%s' "$q" | grep -q '^    1) '; then send "1"
    elif printf '%s' "$q" | grep -q "\[$yes / "; then send "$yes"
    elif printf '%s' "$q" | grep -q 'YYYY-MM-DD'; then send "2025-06-01"
    else send ""; fi
    wait_prompt || { no "$lang-stuck" "no prompt after step $step"; break; }
  done
  screen
  if grep -q '^ZAN-EXIT=0' "$tmp/screen"; then ok; else no "$lang-exit" "the interview did not end with exit 0"; tail -n 20 "$tmp/screen"; fi
  if grep -q "^$decisions" "$tmp/screen"; then ok; else no "$lang-report" "no '$decisions' heading"; fi
  if [ -f "$f" ] && "$ZAN" facts --policy kz-ai-law "$f" >/dev/null 2>"$tmp/err"; then ok; else no "$lang-file" "the fact file is missing or refused"; fi
  # the "don't know" fact is not in the file and was not asked again
  if [ -n "$dontknow" ] && [ "$(grep -c "\[$dontknow\]\$" "$tmp/screen")" = 1 ]; then ok; else no "$lang-dontknow" "'$dontknow' asked again or not found"; fi
  tmux -S "$sock" kill-server 2>/dev/null
done
summary ask-tmux
