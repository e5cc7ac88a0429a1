/* test.c — `zan test POLICY…`: runs each policy's test blocks and case folders (testrun.h),
 * prints every failure with its place and what was found, and closes with `N passed, N failed`. */
#include <string.h>
#include "cli.h"
#include "../testrun.h"

/* "FAIL file:line:col "name"" / "FAIL case DIR" (ok in place of FAIL with --verbose). */
static void print_title(bool passed, const TestOutcome *t, Lang lang) {
  MsgId id = t->is_case ? (passed ? N_TEST_OK_CASE : N_TEST_FAIL_CASE) : (passed ? N_TEST_OK_BLOCK : N_TEST_FAIL_BLOCK);
  if (t->is_case) printf(msg_format(id, lang), t->where);
  else printf(msg_format(id, lang), t->where, t->name);
  putchar('\n');
}

static int run_test(const CliArgs *a, const CliEnv *env) {
  bool verbose = cli_flag(a, "verbose");
  bool coverage = cli_flag(a, "coverage");
  bool quiet = cli_flag(a, "quiet");   /* failures and errors only: no warnings, no closing line */
  CliEnv lib = *env;
  lib.load.library_ok = true;
  TestRunOptions o = { .lang = LANG_EN, .cases_dir = NULL };
  if (!cli_pick_lang(a, env, &o.lang)) return ZAN_EXIT_USAGE;
  (void)cli_today(&o.today);   /* a malformed ZAN_TODAY: tests fall back to the clock, as they always did */
  int passed = 0, failed = 0, rc = ZAN_EXIT_OK;
  for (int i = 0; i < a->npos; i++) {
    Program *p = quiet ? cli_load_policy(a->pos[i], &lib, NULL, NULL) : cli_load_library(a->pos[i], env, NULL, NULL);
    if (!p) { rc = exit_worst(rc, ZAN_EXIT_POLICY); continue; }
    TestReport *rep = testrun_policy(p, &o);
    for (int k = 0; k < rep->noutcomes; k++) {
      const TestOutcome *t = &rep->outcomes[k];
      if (t->passed) {
        if (verbose) print_title(true, t, o.lang);
        continue;
      }
      print_title(false, t, o.lang);
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
        printf(msg_format(N_TEST_NOT_COVERED, o.lang), p->rules[r].loc.src ? p->rules[r].loc.src->path : "?",
               line, col, p->rules[r].name);
        putchar('\n');
        n++;
      }
      printf(msg_format(N_TEST_COVERAGE, o.lang), p->nrules - n, p->nrules);
      putchar('\n');
    }
  }
  /* Always English, whatever --lang says: CI and scripts parse this line (its words are a
   * format, like the exit code), so it is not in the message catalogue. */
  if (!quiet) printf("%d passed, %d failed\n", passed, failed);
  if (failed) rc = exit_worst(rc, ZAN_EXIT_FAIL);
  return rc;
}

static const CliOpt test_opts[] = {
  { "verbose",  'v', NULL, "list every test, passed ones too" },
  { "coverage", 0,   NULL, "list the rules no test or case made apply" },
  { "lang",     0,   "LANG", "kk, kk-Latn, ru or en for the report and messages (default from LC_ALL/LANG); the closing 'N passed, N failed' stays English" },
  { NULL, 0, NULL, NULL }
};

const CliVerb cli_verb_test = {
  "test", "POLICY… [options]",
  "run a policy's test blocks and case folders",
  "Runs every `test` block of the policy's modules, then every case folder under the\n"
  "policy's tests/ (facts.json or facts.yaml, expect.json, optional args with --as-of DATE,\n"
  "optional exit and stderr). Closes with 'N passed, N failed'. Modules without a policy\n"
  "header are tested as a library (`zan test stdlib`, `zan test stdlib/dates.zan`). With -q only\n"
  "failures and errors are printed (no warnings, no closing line): the exit code says the rest.\n"
  "exit: 0 all passed, 1 a test failed, 4 a policy error.\n",
  test_opts, 1, -1, run_test
};
