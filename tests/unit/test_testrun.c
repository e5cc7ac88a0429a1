/* test_testrun.c — unit tests of interp/testrun.c: test blocks and case folders of the small
 * policies in tests/cli/ (run from tests/), and what a failure reports. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "lang/base/alloc.h"
#include "lang/load.h"
#include "interp/testrun.h"

/* "today" for tests that give no date: 2026-03-01, as the CLI suites' ZAN_TODAY */
#define TODAY date_from_ymd(2026, 3, 1)

static Program *load(const char *spec) {
  Diags d;
  diags_init(&d, LANG_EN);
  LoadOptions lo = { .library_ok = false };
  Program *p = load_policy(spec, &lo, &d);
  if (!p) diags_print(&d, stderr, false);
  return p;
}

START_TEST(test_loans_all_pass) {
  Program *p = load("cli/loans");
  ck_assert_ptr_nonnull(p);
  TestRunOptions o = { .lang = LANG_EN, .cases_dir = NULL, .today = TODAY };
  TestReport *r = testrun_policy(p, &o);
  for (int i = 0; i < r->noutcomes; i++)
    if (!r->outcomes[i].passed)
      for (int j = 0; j < r->outcomes[i].nproblems; j++)
        fprintf(stderr, "%s: %s\n", r->outcomes[i].name, r->outcomes[i].problems[j]);
  ck_assert_int_eq(r->failed, 0);
  ck_assert_int_eq(r->passed, 5);                 /* 3 test blocks + 2 case folders */
  ck_assert_int_eq(r->noutcomes, 5);
  ck_assert(!r->outcomes[0].is_case);
  ck_assert(r->outcomes[3].is_case);
  ck_assert_str_eq(r->outcomes[3].name, "01-adult");   /* cases sorted by name */
  /* the adult rule applied in some test: covered */
  int adult = -1;
  for (int i = 0; i < p->nrules; i++)
    if (strcmp(p->rules[i].name, "adult") == 0) adult = i;
  ck_assert_int_ge(adult, 0);
  ck_assert(r->rule_applied[adult]);
}
END_TEST

START_TEST(test_failures_say_why) {
  Program *p = load("cli/failing");
  ck_assert_ptr_nonnull(p);
  TestRunOptions o = { .lang = LANG_EN, .cases_dir = NULL, .today = TODAY };
  TestReport *r = testrun_policy(p, &o);
  ck_assert_int_eq(r->passed, 1);
  ck_assert_int_eq(r->failed, 4);
  const TestOutcome *f = &r->outcomes[1];
  ck_assert(!f->passed);
  ck_assert_int_eq(f->nproblems, 1);
  ck_assert_ptr_nonnull(strstr(f->problems[0], "failing.zan:"));
  ck_assert_ptr_nonnull(strstr(f->problems[0], "expect big"));
  ck_assert_ptr_nonnull(strstr(f->problems[0], "big is false"));
  const TestOutcome *u = &r->outcomes[2];
  ck_assert_ptr_nonnull(strstr(u->problems[0], "big is decided: true"));
  ck_assert_ptr_nonnull(strstr(r->outcomes[3].problems[0], "n + 1 is 21, expected 5"));
  ck_assert_ptr_nonnull(strstr(r->outcomes[4].problems[0], "big is unknown"));
}
END_TEST

START_TEST(test_case_mismatch) {
  Program *p = load("cli/loans");
  ck_assert_ptr_nonnull(p);
  /* a case folder whose expectation is wrong: the problem names the decision and both values */
  char dir[] = "/tmp/zan-testrun-XXXXXX";
  ck_assert_ptr_nonnull(mkdtemp(dir));
  FILE *f = fopen(zan_sprintf("%s/facts.json", dir), "w");
  fputs("{\"application_date\": \"2026-03-01\", \"applicant\": {\"id\": \"x\", \"age\": 40, \"income\": 500, \"bankrupt\": false}}", f);
  fclose(f);
  f = fopen(zan_sprintf("%s/expect.json", dir), "w");
  fputs("{\"decisions\": {\"risk\": \"low\", \"eligible\": true}, \"undetermined\": [\"flags\"]}", f);
  fclose(f);
  TestRunOptions o = { .lang = LANG_EN, .cases_dir = NULL, .today = TODAY };
  TestOutcome t = testrun_case(p, dir, &o, NULL);
  ck_assert(!t.passed);
  ck_assert_int_eq(t.nproblems, 2);
  ck_assert_str_eq(t.problems[0], "decisions.risk = \"high\", expected \"low\"");
  ck_assert_str_eq(t.problems[1], "flags should be undetermined, is [\"low_income\"]");
  /* an expected exit code: bad facts give 3 */
  f = fopen(zan_sprintf("%s/facts.json", dir), "w");
  fputs("{\"applicant\": {\"age\": \"old\"}}", f);
  fclose(f);
  f = fopen(zan_sprintf("%s/exit", dir), "w");
  fputs("3\n", f);
  fclose(f);
  f = fopen(zan_sprintf("%s/stderr", dir), "w");
  fputs("applicant\\.age", f);
  fclose(f);
  t = testrun_case(p, dir, &o, NULL);
  ck_assert_msg(t.passed, "%s", t.nproblems ? t.problems[0] : "");
  remove(zan_sprintf("%s/facts.json", dir));
  remove(zan_sprintf("%s/expect.json", dir));
  remove(zan_sprintf("%s/exit", dir));
  remove(zan_sprintf("%s/stderr", dir));
  remove(dir);
}
END_TEST

Suite *suite_testrun(void) {
  Suite *s = suite_create("testrun");
  TCase *tc = tcase_create("testrun");
  tcase_add_test(tc, test_loans_all_pass);
  tcase_add_test(tc, test_failures_say_why);
  tcase_add_test(tc, test_case_mismatch);
  suite_add_tcase(s, tc);
  return s;
}
