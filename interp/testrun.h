/* testrun.h — running a policy's tests: its `test` blocks (given facts, expects) and the case
 * folders under <policy>/tests/ (a fact file and the expected decisions). Used by `zan test`
 * and by anything that embeds the library (serve, lsp); prints nothing itself. */
#ifndef ZAN_TESTRUN_H
#define ZAN_TESTRUN_H
#include <stdbool.h>
#include "../lang/ir.h"
#include "../lang/base/messages.h"

/* One test block or case folder, and why it failed. */
typedef struct TestOutcome {
  const char  *name;        /* the test's name, or the case folder's name */
  const char  *where;       /* "file:line:col" of the test block, or the case folder's path */
  bool         is_case;     /* a case folder (else a test block) */
  bool         passed;
  int          nproblems;   /* failed: one entry per failed expect / decision */
  const char **problems;    /* each: first line the expect or check ("expect risk_tier = high"),
                               then lines saying what was found, joined by '\n' */
  bool        *applied;     /* testrun_policy: [p->nrules], the rules this one made certainly
                               apply (what `zan doc` shows as the tests exercising a rule) */
} TestOutcome;

typedef struct TestReport {
  int          passed, failed;
  int          noutcomes;
  TestOutcome *outcomes;    /* test blocks in source order, then case folders by name */
  bool        *rule_applied;/* [p->nrules]: some test or case made the rule certainly apply */
} TestReport;

typedef struct TestRunOptions {
  Lang        lang;         /* language of rendered texts (explanations are not compared), of
                               the messages and of the problems' words */
  const char *cases_dir;    /* NULL: <p->dir>/tests (a missing folder means no cases) */
  unsigned long long max_steps;   /* evaluation budget per test (eval_program_limited); 0: EVAL_MAX_STEPS */
  ZDate       today;        /* the date of tests that give none (no `as of`, no --as-of in args,
                               no date fact): the CLI's cli_today */
} TestRunOptions;

/* Runs every test block and case folder of p. Never NULL. */
TestReport *testrun_policy(const Program *p, const TestRunOptions *o);
/* Runs one case folder (facts.json|facts.yaml, expect.json, optional args, exit, stderr). */
TestOutcome testrun_case(const Program *p, const char *dir, const TestRunOptions *o, bool *rule_applied);
#endif
