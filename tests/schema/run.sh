#!/bin/sh
# run.sh ZAN — `zan schema kz-ai-law` against the bundled examples: the schema is valid JSON
# Schema draft 2020-12, every example in policies/kz-ai-law/examples/ validates against it
# (JSON files as they are, YAML files as `zan facts FILE` prints them, the canonical JSON zan
# reads), and a deliberately wrong fact file does not. Needs python3 with jsonschema
# (Debian: apt-get install python3-jsonschema); without it, says so and passes (exit 0) so
# that `make check` works on a machine without python3. Closes with `schema: N passed, N failed`.
. "$(dirname "$0")/../lib.sh"   # ZAN, the repository root, $tmp, the counters, summary

# The first python3 that has jsonschema with draft 2020-12 (PATH first, then the system's).
PY=""
for p in python3 /usr/bin/python3; do
  if command -v "$p" >/dev/null 2>&1 && "$p" -c 'from jsonschema import Draft202012Validator' >/dev/null 2>&1; then
    PY=$p; break
  fi
done
if [ -z "$PY" ]; then
  echo "schema: skipped (no python3 with jsonschema >= 4: apt-get install python3-jsonschema)"
  exit 0
fi

# no NAME WHY — here with the validator's complaint ($tmp/err), not a run of zan
no() { failed=$((failed + 1)); echo "FAIL $1: $2"; [ -s "$tmp/err" ] && sed 's/^/    /' "$tmp/err" | head -n 8; }

# validate SCHEMA FILE WANT — WANT is valid|invalid; prints the first problems to $tmp/err
validate() {
  "$PY" - "$1" "$2" "$3" >"$tmp/err" 2>&1 <<'PYEOF'
import json, sys
from jsonschema import Draft202012Validator, FormatChecker
schema_path, data_path, want = sys.argv[1:4]
with open(schema_path, encoding="utf-8") as f: schema = json.load(f)
with open(data_path, encoding="utf-8") as f: data = json.load(f)
errors = sorted(Draft202012Validator(schema, format_checker=FormatChecker()).iter_errors(data),
                key=lambda e: list(e.absolute_path))
for e in errors[:5]:
    print("/".join(str(p) for p in e.absolute_path) or "(root)", ":", e.message[:200])
sys.exit(0 if (not errors) == (want == "valid") else 1)
PYEOF
}

# 1. the schema itself
if "$ZAN" schema kz-ai-law >"$tmp/schema.json" 2>"$tmp/err"; then ok; else no "zan schema kz-ai-law" "exit $?"; fi
if "$PY" -c 'import json, sys
from jsonschema import Draft202012Validator
s = json.load(open(sys.argv[1], encoding="utf-8"))
Draft202012Validator.check_schema(s)
assert s.get("$schema") == "https://json-schema.org/draft/2020-12/schema", "no draft 2020-12 $schema"' \
    "$tmp/schema.json" >"$tmp/err" 2>&1; then ok; else no "schema" "not a valid draft 2020-12 schema"; fi

# 2. every bundled example validates
n=0
for f in policies/kz-ai-law/examples/*.json policies/kz-ai-law/examples/*.yaml policies/kz-ai-law/examples/*.yml; do
  [ -f "$f" ] || continue
  n=$((n + 1))
  case $f in
    *.json) data=$f ;;
    *) data=$tmp/$(basename "$f").json
       if ! "$ZAN" facts --compact "$f" >"$data" 2>"$tmp/err"; then no "$f" "zan facts failed"; continue; fi ;;
  esac
  if validate "$tmp/schema.json" "$data" valid; then ok; else no "$f" "does not validate against zan schema kz-ai-law"; fi
done
[ "$n" -gt 0 ] || no "examples" "no example found in policies/kz-ai-law/examples/"

# 3. wrong fact files do not
printf '%s\n' '{"assessment_date": "2026-03-01", "system": {"id": 42, "human_role": "final_choice"}}' >"$tmp/wrong-type.json"
printf '%s\n' '{"assessment_date": "2026-03-01", "system": {"id": "x", "human_role": "nobody_at_all"}}' >"$tmp/wrong-member.json"
printf '%s\n' '{"assessment_date": "1 March 2026", "system": {"id": "x"}}' >"$tmp/wrong-date.json"
printf '%s\n' '{"assessment_date": "2026-03-01", "system": {"id": "x", "failure_impact": "moral_harm"}}' >"$tmp/wrong-set.json"
for w in wrong-type wrong-member wrong-date wrong-set; do
  if validate "$tmp/schema.json" "$tmp/$w.json" invalid; then ok; else no "$w.json" "validated, but it is wrong"; fi
done

summary schema
