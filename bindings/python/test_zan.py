"""test_zan.py — the Python binding (zan.py) on the built library: decisions equal to
`zan eval`'s bytes, dict / text / parsed inputs, undetermined outputs and their needs, each
kind of error with its diagnostics, languages and dates, and threads sharing one Policy.
Run by `make python` (part of `make check`): ZAN_LIBRARY and ZAN_BIN name the built files."""
import json
import os
import subprocess
import tempfile
import threading
import unittest

import zan

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
ZAN_BIN = os.environ.get("ZAN_BIN", os.path.join(ROOT, "zan"))
EXAMPLES = os.path.join(ROOT, "policies", "kz-ai-law", "examples")
BANK = os.path.join(EXAMPLES, "bank-credit-scoring.json")
GOLDEN = os.path.join(ROOT, "tests", "golden", "eval")
TODAY = "2026-03-01"


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def zan_eval(*args):
    env = dict(os.environ, ZAN_TODAY=TODAY)
    return subprocess.run([ZAN_BIN, "eval", *args], capture_output=True, env=env)


class Law(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.law = zan.Policy("kz-ai-law")

    def test_policy(self):
        self.assertEqual(self.law.alias, "kz-ai-law")
        self.assertIn("risk_tier", self.law.outputs)
        self.assertRegex(zan.version(), r"^\d+\.\d+\.\d+$")

    def test_same_bytes_as_zan_eval(self):
        examples = sorted(f for f in os.listdir(EXAMPLES) if f.endswith(".json"))
        self.assertGreater(len(examples), 3)
        for name in examples:
            path = os.path.join(EXAMPLES, name)
            want = zan_eval("kz-ai-law", path)
            with self.subTest(example=name):
                if want.returncode != 0:
                    with self.assertRaises(zan.ZanError) as e:
                        self.law.evaluate(read(path), today=TODAY)
                    self.assertEqual(e.exception.status, want.returncode)
                    continue
                d = self.law.evaluate(read(path), today=TODAY)
                self.assertEqual(d.to_json(receipt=True) + "\n", want.stdout.decode())
                decided = json.loads(want.stdout)["decisions"]
                self.assertEqual(d.decisions, {k: v for k, v in decided.items() if v is not None})

    def test_inputs_dict_bytes_parsed(self):
        facts = json.loads(read(BANK))
        a = self.law.evaluate(facts, today=TODAY)
        b = self.law.evaluate(read(BANK).encode(), today=TODAY)
        parsed = self.law.parse(facts)
        c = self.law.context(today=TODAY).evaluate(parsed)
        self.assertEqual(a.decisions["risk_tier"], "medium")
        self.assertEqual(a.decisions, b.decisions)
        self.assertEqual(a.decisions, c.decisions)
        self.assertEqual(c.as_of, "2026-03-15")
        facts["system"]["capabilities"]["social_scoring_provided_by_law"] = False
        d = self.law.evaluate(facts, today=TODAY)
        self.assertEqual(d.decisions["prohibited"], ["social_scoring"])

    def test_languages_and_dates(self):
        ctx = self.law.context(lang="ru", as_of="2026-02-01")
        d = ctx.evaluate(read(BANK))
        self.assertEqual(d.as_of, "2026-02-01")
        self.assertIn("стать", d.to_text())
        self.assertIn('"explanation"', d.to_json(explain=True))
        with self.assertRaises(ValueError):
            ctx.configure(lang="fr")
        with self.assertRaises(ValueError):
            self.law.context(as_of="2026-02-30")

    def test_result_replaced(self):
        ctx = self.law.context(today=TODAY)
        first = ctx.evaluate(read(BANK))
        ctx.evaluate(read(BANK))
        with self.assertRaises(RuntimeError):
            first.to_json()

    def test_threads_share_the_policy(self):
        records = []
        for i in range(8):
            f = json.loads(read(BANK))
            f["system"]["id"] = "sys-%d" % i
            f["system"]["capabilities"]["social_scoring_provided_by_law"] = i % 2 == 0
            records.append(f)
        want = [self.law.evaluate(r, today=TODAY).to_json(receipt=True) for r in records]
        bad = []

        def work(k):
            for n in range(300):
                i = (n + k) % len(records)
                if self.law.evaluate(records[i], today=TODAY).to_json(receipt=True) != want[i]:
                    bad.append((k, i))
        threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(bad, [])
        self.assertIn('"prohibited":[]', want[0])
        self.assertIn('"prohibited":["social_scoring"]', want[1])


class Errors(unittest.TestCase):
    def test_bad_policy(self):
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "bad.zan")
            with open(path, "w") as f:
                f.write('policy bad\n  version "1"\n\nfact n : int\noutput big : bool default false\n'
                        'rule r when n > "ten" then big = true\n')
            with self.assertRaises(zan.PolicyError) as e:
                zan.Policy(path)
        err = e.exception
        self.assertEqual(err.status, 4)
        first = err.diagnostics[0]
        self.assertEqual((first.severity, first.file, first.line), ("error", path, 6))
        self.assertIn("bad.zan:6:", str(err))
        with self.assertRaises(zan.PolicyError) as e:
            zan.Policy("no-such-policy-anywhere")
        self.assertEqual(e.exception.diagnostics[0].code, "E_LOAD_NO_POLICY")
        with self.assertRaises(zan.PolicyError) as e:
            zan.Policy("kz-ai-law", lang="de")
        self.assertEqual(e.exception.diagnostics[0].code, "E_API_BAD_LANG")

    def test_bad_facts(self):
        p = zan.Policy(os.path.join(GOLDEN, "unknown-needs", "policy.zan"))
        with self.assertRaises(zan.FactsError) as e:
            p.evaluate('{"person": {"id": "p-1",\n  "age": 30,}}')
        first = e.exception.diagnostics[0]
        self.assertEqual((e.exception.status, first.file, first.line, first.column), (3, "<facts>", 2, 13))
        with self.assertRaises(zan.FactsError) as e:
            p.evaluate({"person": {"age": "thirty"}})
        self.assertEqual(e.exception.diagnostics[0].path, "person.age")
        with self.assertRaises(zan.FactsError):
            p.parse("[1, 2")
        d = p.evaluate({"person": {"id": "p-1", "age": 30, "shoe": 44}})
        self.assertEqual(d.decisions, {"adult": True})
        self.assertEqual(d.undetermined, {"may_sign": ["person.consent"]})
        self.assertEqual([w.severity for w in d.warnings], ["warning"])
        self.assertEqual(d.warnings[0].path, "person.shoe")
        other = zan.Policy(os.path.join(GOLDEN, "conflict", "policy.zan"))
        with self.assertRaises(ValueError):
            other.evaluate(p.parse({"person": {"age": 3}}))

    def test_conflict(self):
        p = zan.Policy(os.path.join(GOLDEN, "conflict", "policy.zan"))
        with self.assertRaises(zan.EvaluationError) as e:
            p.evaluate({"hot": True, "wet": True})
        err = e.exception
        self.assertEqual(err.status, 5)
        self.assertEqual([(x.severity, x.line, x.column) for x in err.diagnostics],
                         [("error", 15, 6), ("note", 14, 6)])
        self.assertIn("conflict in output 'colour'", err.diagnostics[0].message)
        self.assertEqual(p.evaluate({"hot": True, "wet": False}).decisions, {"colour": "red"})


if __name__ == "__main__":
    unittest.main()
