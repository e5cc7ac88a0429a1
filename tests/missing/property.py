#!/usr/bin/env python3
"""The property `zan missing` promises, checked on fact files with facts removed at random.

Usage: property.py ZAN POLICY CASES... [--seeds N]

Each CASE is a fact file (JSON), or a folder holding facts.json and optionally `args` (one
line, e.g. --as-of 2026-03-01), as in the acceptance cases. For each case and seed, every
known leaf is removed with probability 1/2 (random.Random(seed)); then for every set S that
`zan missing` lists for an output:
  * decided: filled with every combination of values (sampled when there are more than CAP),
    the output is decided in each (`zan eval --jsonl`);
  * minimal: for each fact f of S, some combination of the values of S without f leaves the
    output undetermined (exhaustive when the combinations are at most CAP; when sampled and
    none is found, the check counts as unverified, not passed).
Values per type come from `zan schema POLICY`: bools both, enums every member, sets of enums
every subset up to 3 members else the empty set, each single member, all, and random ones;
dates around the evaluation date; numbers a spread. Prints one line per failure and a closing
line 'property: N passed, N failed (N unverified)'.
"""
import itertools, json, os, random, subprocess, sys

CAP = 400

def schema_leaves(zan, policy):
    s = json.loads(subprocess.run([zan, "schema", policy], capture_output=True, check=True).stdout)
    leaves = {}
    def walk(n, path):
        if "properties" in n:
            for k, v in n["properties"].items():
                walk(v, path + [k])
        else:
            leaves[".".join(path)] = n
    walk(s, [])
    return leaves

def date_add(iso, days):
    import datetime
    return (datetime.date.fromisoformat(iso) + datetime.timedelta(days=days)).isoformat()

def domain(node, as_of, rng):
    t = node.get("type")
    t = [x for x in t if x != "null"][0] if isinstance(t, list) else t
    if t == "boolean":
        return [False, True]
    if t == "string" and "enum" in node:
        return [e for e in node["enum"] if e is not None]
    if t == "array" and "enum" in node.get("items", {}):
        members = node["items"]["enum"]
        if len(members) <= 3:
            return [list(c) for r in range(len(members) + 1) for c in itertools.combinations(members, r)]
        vals = [[], list(members)] + [[m] for m in members]
        for _ in range(6):
            vals.append(sorted(rng.sample(members, rng.randint(2, len(members) - 1)), key=members.index))
        return vals
    if t == "string" and node.get("format") == "date":
        return [date_add(as_of, d) for d in (-800, -367, -366, -365, -364, -1, 0, 1, 400)]
    if t == "integer":
        return [0, 1, 5, 10, 100, 1000000]
    if t == "number":
        return [0, 0.5, 1, 10, 1000.5]
    return ["x"]

def get(facts, path):
    for k in path.split("."):
        if not isinstance(facts, dict) or k not in facts:
            return None
        facts = facts[k]
    return facts

def put(facts, path, value):
    keys = path.split(".")
    for k in keys[:-1]:
        facts = facts.setdefault(k, {})
    facts[keys[-1]] = value

def drop(facts, path):
    keys = path.split(".")
    for k in keys[:-1]:
        facts = facts.get(k, {})
    facts.pop(keys[-1], None)

def combos(doms, rng):
    total = 1
    for d in doms:
        total *= len(d)
    if total <= CAP:
        return list(itertools.product(*doms)), True
    return [tuple(rng.choice(d) for d in doms) for _ in range(CAP)], False

def main():
    args = sys.argv[1:]
    seeds = 2
    if "--seeds" in args:
        i = args.index("--seeds"); seeds = int(args[i + 1]); del args[i:i + 2]
    zan, policy, cases = os.path.abspath(args[0]), args[1], args[2:]
    leaves = schema_leaves(zan, policy)
    passed = failed = unverified = 0
    for case in cases:
        if os.path.isdir(case):
            facts_path = os.path.join(case, "facts.json")
            argf = os.path.join(case, "args")
            extra = open(argf).read().split() if os.path.exists(argf) else []
        else:
            facts_path, extra = case, []
        if not os.path.exists(facts_path):
            continue
        base = json.load(open(facts_path))
        as_of = extra[extra.index("--as-of") + 1] if "--as-of" in extra else (base.get("assessment_date") or os.environ.get("ZAN_TODAY", "2026-03-01"))
        for seed in range(1, seeds + 1):
            rng = random.Random(seed)
            facts = json.loads(json.dumps(base))
            for path in sorted(leaves):
                if get(facts, path) is not None and rng.random() < 0.5:
                    drop(facts, path)
            tmp = os.path.join(os.environ.get("TMPDIR", "/tmp"), "zan-property-%d.json" % os.getpid())
            json.dump(facts, open(tmp, "w"))
            p = subprocess.run([zan, "missing", policy, tmp, "--as-of", as_of], capture_output=True)
            if p.returncode != 0:
                failed += 1
                print(f"FAIL {case} seed {seed}: zan missing exit {p.returncode}: {p.stderr.decode()[:300]}")
                continue
            m = json.loads(p.stdout)
            checks, lines = [], []    # check: (kind, output, set, fact, first line, count, exhaustive)
            for out, o in m["outputs"].items():
                for s in o["sets"]:
                    doms = [domain(leaves[f], as_of, rng) for f in s]
                    rows, exh = combos(doms, rng)
                    checks.append(("decided", out, s, None, len(lines), len(rows), exh))
                    for row in rows:
                        f2 = json.loads(json.dumps(facts))
                        for f, v in zip(s, row):
                            put(f2, f, v)
                        lines.append(f2)
                    for i, f in enumerate(s):
                        rest = s[:i] + s[i + 1:]
                        rows, exh = combos(doms[:i] + doms[i + 1:], rng)
                        checks.append(("minimal", out, s, f, len(lines), len(rows), exh))
                        for row in rows:
                            f2 = json.loads(json.dumps(facts))
                            for g, v in zip(rest, row):
                                put(f2, g, v)
                            drop(f2, f)
                            lines.append(f2)
            if not lines:
                continue
            jl = tmp + "l"
            with open(jl, "w") as fh:
                for l in lines:
                    fh.write(json.dumps(l) + "\n")
            e = subprocess.run([zan, "eval", policy, "--jsonl", jl, "--as-of", as_of], capture_output=True)
            res = [json.loads(x) for x in e.stdout.decode().splitlines()]
            os.unlink(jl)
            if len(res) != len(lines):
                failed += 1
                print(f"FAIL {case} seed {seed}: zan eval gave {len(res)} lines for {len(lines)}")
                continue
            for kind, out, s, f, first, n, exh in checks:
                und = [out in (res[k].get("undetermined") or {}) for k in range(first, first + n)]
                if kind == "decided":
                    if any(und):
                        failed += 1
                        k = first + und.index(True)
                        print(f"FAIL {case} seed {seed}: {out}: set {s} filled leaves it undetermined: {json.dumps(lines[k])[:400]}")
                    else:
                        passed += 1
                elif any(und):
                    passed += 1
                elif exh:
                    failed += 1
                    print(f"FAIL {case} seed {seed}: {out}: set {s} without {f} decides it whatever the values: not minimal")
                else:
                    unverified += 1
            os.unlink(tmp)
    print(f"property: {passed} passed, {failed} failed ({unverified} unverified)")
    return 1 if failed or not passed else 0

if __name__ == "__main__":
    sys.exit(main())
