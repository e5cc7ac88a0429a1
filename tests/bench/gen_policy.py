#!/usr/bin/env python3
"""Write a generated policy of about N rules, shaped like a law encoded whole, into DIR, and
JSON Lines fact records for it. usage: gen_policy.py N DIR [RECORDS]
The policy: a header, a facts module (a person and one fact group per module), then modules of
250 rules each (the last one smaller). Each module has articles in three languages, outputs
of three kinds (int with `combine max`, bool with a default, a set with `combine union`),
rules over facts, exceptions (and an exception to an exception), outputs read by other
outputs (in the same module and across modules: each module imports the one before it),
functions calling functions, and a test. With RECORDS, DIR/facts.jsonl gets that many records,
deterministic, some fields left out so unknowns are exercised."""
import json, os, random, sys

PER_GROUP = 8           # rules per group (see group() below)
PER_MODULE = 250 // PER_GROUP * PER_GROUP


def group(k, g, prev_bool):
    """The declarations of group g of module k: one article, three outputs, one function,
    eight rules. prev_bool is an earlier group's bool output (None for the first)."""
    f, a = "m%04d" % k, "%d.%d" % (k + 1, g + 1)
    oa, ob, oc, fn = "n_%d_%d" % (k, g), "b_%d_%d" % (k, g), "s_%d_%d" % (k, g), "f_%d_%d" % (k, g)
    base, r = "r_%d_%d" % (k, g), "r_%d_%d_" % (k, g)
    # a function; from the second group on it calls the group before's (a chain of calls)
    call = "f_%d_%d(x) + 1" % (k, g - 1) if g > 0 else "x * 2 + %d" % (g % 7)
    reads_prev = ("\n   and %s" % prev_bool) if prev_bool else ""
    return f'''
article "{a}" status summary source "generated" {{
  kk "{a}-бап: шарттар орындалса, шешім шығарылады." ru "Статья {a}: решение принимается при выполнении условий." en "Article {a}: a decision is made when the conditions hold."
}}

output {oa} : int combine max default 0
output {ob} : bool default false
output {oc} : set of Level combine union default {{}}

fn {fn}(x : int) : int = {call}

rule {base} cites "{a}"
  when {f}.amount > {g % 50}
  then {oa} = {f}.amount + {g}

exception {r}x1 to {base} cites "{a}"
  when {f}.flag and {f}.amount > {g % 50 + 100}
  then {oa} = 0

exception {r}x2 to {r}x1 cites "{a}"
  when {f}.level = high
  then {oa} = 1

rule {r}fn cites "{a}"
  when {f}.level >= medium
  then {oa} = {fn}({f}.amount)

rule {r}adult cites "{a}"
  when person.age >= 18 and {oa} > 5{reads_prev}
  then {ob} = true
  explain {{ kk "{{person.id}}: {a}" ru "{{person.id}}: {a}" en "{{person.id}}: {a}" }}

exception {r}x3 to {r}adult cites "{a}"
  when not person.resident
  then {ob} = false

rule {r}set1 cites "{a}"
  when {ob}
  then {oc} includes high

rule {r}set2 cites "{a}"
  when {f}.since < 2020-01-01 and {oa} >= {g % 9}
  then {oc} includes low
'''


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    records = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    groups = max(1, n // PER_GROUP)
    nmods = (groups * PER_GROUP + PER_MODULE - 1) // PER_MODULE
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "policy.zan"), "w") as w:
        w.write('import facts\n\npolicy generated\n  version "1"\n  subject person.id\n  as of as_of\n')
    with open(os.path.join(out, "facts.zan"), "w") as w:
        w.write("module facts\n\nenum Level { low < medium < high }\n\nfact as_of : date\n")
        w.write("fact person {\n  id : text\n  age : int\n  resident : bool\n}\n")
        for k in range(nmods):
            w.write("fact m%04d {\n  amount : int\n  flag : bool\n  level : Level\n  since : date\n}\n" % k)
    g_all = 0
    for k in range(nmods):
        ng = min(PER_MODULE // PER_GROUP, groups - g_all)
        with open(os.path.join(out, "m%04d.zan" % k), "w") as w:
            w.write("module m%04d\nimport facts\n" % k)
            if k > 0:
                w.write("import m%04d\n" % (k - 1))
            prev_last = "b_%d_%d" % (k - 1, PER_MODULE // PER_GROUP - 1) if k > 0 else None
            for g in range(ng):
                # outputs read by other outputs: the bool of two groups before, or the
                # previous module's last one
                prev = "b_%d_%d" % (k, g - 2) if g >= 2 else prev_last
                w.write(group(k, g, prev))
            w.write('''
test "module {m}: an adult resident with a large amount" as of 2026-03-01 {{
  given {{
    person.age = 40
    person.resident = true
    m{k:04d}.amount = 7
    m{k:04d}.flag = false
    m{k:04d}.level = low
    m{k:04d}.since = 2021-05-01
  }}
  expect n_{k}_0 = 7
}}
'''.format(m="m%04d" % k, k=k))
        g_all += ng
    if records:
        rng = random.Random(42)
        levels = ["low", "medium", "high"]
        with open(os.path.join(out, "facts.jsonl"), "w") as w:
            for i in range(records):
                rec = {"as_of": "2026-03-01",
                       "person": {"id": "p-%06d" % i, "age": rng.randint(10, 80), "resident": rng.random() < 0.8}}
                for k in range(nmods):
                    m = {"amount": rng.randint(0, 200), "flag": rng.random() < 0.3,
                         "level": rng.choice(levels), "since": "%d-%02d-01" % (rng.randint(2015, 2025), rng.randint(1, 12))}
                    if rng.random() < 0.1:
                        del m["flag"]
                    rec["m%04d" % k] = m
                w.write(json.dumps(rec, separators=(",", ":")) + "\n")
    print("%d rules, %d modules" % (groups * PER_GROUP, nmods))


if __name__ == "__main__":
    main()
