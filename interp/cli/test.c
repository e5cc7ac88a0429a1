/* test.c — `zan test POLICY…`: runs each policy's test blocks and case folders (testrun.h),
 * prints every failure with its place and what was found, and closes with `N passed, N failed`. */
#include <string.h>
#include "cli.h"
#include "../testrun.h"

static void print_title(const char *status, const TestOutcome *t) {
  if (t->is_case) printf("%s case %s\n", status, t->where);
  else printf("%s %s \"%s\"\n", status, t->where, t->name);
}

static int run_test(const CliArgs *a, const CliEnv *env) {
  bool verbose = cli_flag(a, "verbose");
  bool coverage = cli_flag(a, "coverage");
  TestRunOptions o = { .lang = LANG_EN, .cases_dir = NULL };
  int passed = 0, failed = 0, rc = ZAN_EXIT_OK;
  for (int i = 0; i < a->npos; i++) {
    Program *p = cli_load_library(a->pos[i], env, NULL, NULL);
    if (!p) { rc = exit_worst(rc, ZAN_EXIT_POLICY); continue; }
    TestReport *rep = testrun_policy(p, &o);
    for (int k = 0; k < rep->noutcomes; k++) {
      const TestOutcome *t = &rep->outcomes[k];
      if (t->passed) {
        if (verbose) print_title("ok  ", t);
        continue;
      }
      print_title("FAIL", t);
      for (int j = 0; j < t->nproblems; j++) printf("  %s\n", t->problems[j]);
    }
    passed += rep->passed;
    failed += rep->failed;
    if (coverage) {
      int n = 0;
      for (int r = 0; r < p->nrules; r++) {
        if (rep->rule_applied[r]) continue;
        int line = 0, col = 0;
        if (p->rules[r].loc.src) source_linecol(p->rules[r].loc.src, p->rules[r].loc.start, &line, &col);
        printf("not covered: %s:%d:%d: rule %s\n", p->rules[r].loc.src ? p->rules[r].loc.src->path : "?",
               line, col, p->rules[r].name);
        n++;
      }
      printf("coverage: %d of %d rules applied in some test\n", p->nrules - n, p->nrules);
    }
  }
  printf("%d passed, %d failed\n", passed, failed);
  if (failed) rc = exit_worst(rc, ZAN_EXIT_FAIL);
  return rc;
}

static const CliOpt test_opts[] = {
  { "verbose",  'v', NULL, "list every test, passed ones too" },
  { "coverage", 0,   NULL, "list the rules no test or case made apply" },
  { NULL, 0, NULL, NULL }
};

const CliVerb cli_verb_test = {
  "test", "POLICY… [options]",
  "run a policy's test blocks and case folders",
  "Runs every `test` block of the policy's modules, then every case folder under the\n"
  "policy's tests/ (facts.json or facts.yaml, expect.json, optional args with --as-of DATE,\n"
  "optional exit and stderr). Closes with 'N passed, N failed'. Modules without a policy\n"
  "header are tested as a library (`zan test stdlib`, `zan test stdlib/dates.zan`).\n"
  "exit: 0 all passed, 1 a test failed, 4 a policy error.\n",
  test_opts, 1, -1, run_test
};
