/* test_lint.c — `zan lint`'s findings (interp/lint.h) on tests/lint/policy: each kind with its
 * rules and place, allow comments, and every conflict's witness read back and evaluated. */
#include <check.h>
#include <string.h>
#include "interp/lint.h"
#include "interp/eval.h"
#include "interp/facts.h"
#include "lang/load.h"
#include "lang/base/alloc.h"

static const Program *prog;
static LintResult *res;

static void run(void) {
  if (res) return;
  LoadOptions o = { .skip_tests = true };
  Diags d;
  diags_init(&d, LANG_EN);
  File **files = NULL;
  int nfiles = 0;
  prog = load_policy_files("lint/policy", &o, &d, &files, &nfiles);   /* the unit tests run in tests/ */
  ck_assert_ptr_nonnull(prog);
  res = lint_run(prog, files, nfiles);
}

/* The findings of kind k as "rule1,rule2;…" (fact paths, output names, article ids otherwise). */
static const char *of_kind(LintKind k) {
  Buf b;
  buf_init(&b);
  for (int i = 0; i < res->n; i++) {
    const LintFinding *f = &res->items[i];
    if (f->kind != k) continue;
    if (b.len) buf_push(&b, ';');
    if (f->rule1 >= 0) buf_puts(&b, prog->rules[f->rule1].name);
    if (f->rule2 >= 0) buf_printf(&b, ",%s", prog->rules[f->rule2].name);
    if (k == LK_UNUSED_FACT) buf_puts(&b, prog->slots[f->index]->path);
    if (k == LK_UNDEFINED_OUTPUT) buf_puts(&b, prog->outputs[f->output].name);
    if (k == LK_UNCITED_ARTICLE) buf_puts(&b, prog->articles[f->index].id);
    if (k == LK_PARAM_EARLY) buf_printf(&b, ",%s", prog->params[f->index].name);
  }
  return buf_cstr(&b);
}

START_TEST(lint_kinds) {
  run();
  ck_assert_str_eq(of_kind(LK_CONFLICT), "adult_limit,business_limit;late,bad_allow");
  ck_assert_str_eq(of_kind(LK_NEVER_APPLIES), "impossible;tagged;subset_tagged");
  ck_assert_str_eq(of_kind(LK_OUTSIDE_ARTICLES), "late");
  ck_assert_str_eq(of_kind(LK_REDUNDANT), "young_limit,minor_limit");
  ck_assert_str_eq(of_kind(LK_NO_EFFECT), "same_minor,minor_limit");
  ck_assert_str_eq(of_kind(LK_PARAM_EARLY), "rated,rate");
  ck_assert_str_eq(of_kind(LK_UNUSED_FACT), "client.note");
  ck_assert_str_eq(of_kind(LK_UNDEFINED_OUTPUT), "orphan");
  ck_assert_str_eq(of_kind(LK_UNCITED_ARTICLE), "3");
  ck_assert_int_eq(res->nallowed, 3);
  ck_assert_int_eq(res->nskipped, 0);
}
END_TEST

START_TEST(lint_bad_allow) {
  run();
  int n = 0;
  for (int i = 0; i < res->n; i++)
    if (res->items[i].kind == LK_BAD_ALLOW) {
      int line, col;
      source_linecol(res->items[i].at.src, res->items[i].at.start, &line, &col);
      ck_assert_int_eq(line, 103);
      n++;
    }
  ck_assert_int_eq(n, 1);
}
END_TEST

/* Each witness, read back as a fact file, makes the evaluator stop with a conflict (exit 5), or
 * with the parameter read before its first date, at the rule of the finding. */
START_TEST(lint_witnesses_evaluate) {
  run();
  int n = 0;
  for (int i = 0; i < res->n; i++) {
    const LintFinding *f = &res->items[i];
    if (f->kind != LK_CONFLICT && f->kind != LK_PARAM_EARLY) continue;
    ck_assert_ptr_nonnull(f->witness);
    ck_assert(f->has_as_of);
    Val *slots = ZAN_NEWN(Val, prog->nslots + 1);
    Diags d;
    diags_init(&d, LANG_EN);
    Source *src = source_from_string("witness.json", f->witness, strlen(f->witness));
    ck_assert(facts_read(prog, src, FMT_JSON, slots, &d));
    Result *r = eval_program(prog, slots, f->as_of, 0, LANG_EN);
    ck_assert_ptr_nonnull(r->error);
    ck_assert_int_eq(r->error->code, 5);
    if (f->kind == LK_PARAM_EARLY) {
      ck_assert_ptr_nonnull(strstr(r->error->message, "parameter 'rate' has no value"));
      ck_assert(f->as_of < prog->params[f->index].dates[0]);
    }
    n++;
  }
  ck_assert_int_eq(n, 3);
}
END_TEST

Suite *suite_lint(void) {
  Suite *s = suite_create("lint");
  TCase *c = tcase_create("core");
  tcase_set_timeout(c, 60);
  tcase_add_test(c, lint_kinds);
  tcase_add_test(c, lint_bad_allow);
  tcase_add_test(c, lint_witnesses_evaluate);
  suite_add_tcase(s, c);
  return s;
}
