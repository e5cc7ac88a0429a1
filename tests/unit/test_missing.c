/* test_missing.c — the settling-set search (interp/missing.h) and questions (interp/question.h)
 * on the small policy of tests/missing/policy: minimal sets, the next question, facts never
 * to be asked, approximate domains, and reading answers in kk, ru and en. */
#include <check.h>
#include <string.h>
#include "interp/missing.h"
#include "interp/question.h"
#include "lang/load.h"
#include "lang/base/alloc.h"
#include "lang/base/date.h"

static const Program *prog(void) {
  static const Program *p;
  if (!p) {
    LoadOptions o = { .skip_tests = true };
    Diags d;
    diags_init(&d, LANG_EN);
    p = load_policy("missing/policy", &o, &d);   /* the unit tests run in tests/ */
  }
  ck_assert_ptr_nonnull(p);
  return p;
}

static int slot(const Program *p, const char *path) {
  const IrFact *f = ir_find_fact(p, path, strlen(path), false);
  ck_assert_ptr_nonnull(f);
  return f->slot;
}

static Val *unknown_slots(const Program *p) {
  Val *s = ZAN_NEWN(Val, p->nslots + 1);
  for (int i = 0; i < p->nslots; i++) s[i] = val_unknown();
  return s;
}

/* The sets of output `name` as "a+b|c" (paths' last keys), "-" when it is decided. */
static const char *sets_of(const Program *p, const Missing *m, const char *name) {
  int o = ir_find_output(p, name);
  for (int i = 0; i < m->noutputs; i++) {
    if (m->outputs[i].output != o) continue;
    Buf b;
    buf_init(&b);
    for (int k = 0; k < m->outputs[i].nsets; k++) {
      if (k) buf_push(&b, '|');
      for (int j = 0; j < m->outputs[i].sets[k].n; j++)
        buf_printf(&b, "%s%s", j ? "+" : "", p->slots[m->outputs[i].sets[k].slots[j]]->name);
    }
    return buf_cstr(&b);
  }
  return "-";
}

static ZDate day(const char *s) { ZDate d; ck_assert(date_parse(s, strlen(s), &d)); return d; }

START_TEST(nothing_known) {
  const Program *p = prog();
  Missing *m = missing_compute(p, unknown_slots(p), day("2026-03-01"), LANG_EN, NULL);
  ck_assert_ptr_null(m->error);
  ck_assert_str_eq(sets_of(p, m, "eligible"), "adult+bankrupt");
  ck_assert_str_eq(sets_of(p, m, "flags"), "kind+tags+since");
  ck_assert_str_eq(sets_of(p, m, "review"), "adult+bankrupt+kind");
  ck_assert_str_eq(sets_of(p, m, "check_due"), "checked");
  /* adult and bankrupt are in two sets each, kind in two too: the policy's order decides */
  ck_assert_int_eq(m->next, slot(p, "applicant.adult"));
  ck_assert_int_eq(m->napprox, 1);
  ck_assert_int_eq(m->approx[0], slot(p, "applicant.checked"));
}
END_TEST

START_TEST(partly_known) {
  const Program *p = prog();
  Val *s = unknown_slots(p);
  s[slot(p, "applicant.adult")] = val_bool(false);          /* eligible: decided (false) */
  s[slot(p, "applicant.since")] = val_date(day("2019-01-01"));
  Missing *m = missing_compute(p, s, day("2026-03-01"), LANG_EN, NULL);
  ck_assert_str_eq(sets_of(p, m, "eligible"), "-");
  ck_assert_str_eq(sets_of(p, m, "review"), "-");
  ck_assert_str_eq(sets_of(p, m, "flags"), "kind+tags");
  /* a set given in part by the search's own assignments never leaks into the result */
  ck_assert_int_eq(s[slot(p, "applicant.tags")].kind, V_UNKNOWN);
}
END_TEST

START_TEST(never_asked) {
  const Program *p = prog();
  bool *never = zan_alloc_atomic((size_t)p->nslots + 1);
  never[slot(p, "applicant.bankrupt")] = true;
  MissingOptions o = { never, 0 };
  Missing *m = missing_compute(p, unknown_slots(p), day("2026-03-01"), LANG_EN, &o);
  /* eligible can no longer be settled (only adult = false would, not every value of adult) */
  ck_assert_str_eq(sets_of(p, m, "eligible"), "");
  ck_assert_int_ne(m->next, slot(p, "applicant.bankrupt"));
}
END_TEST

START_TEST(dates_by_interval) {
  const Program *p = prog();
  Val *s = unknown_slots(p);
  const int since = slot(p, "applicant.since");
  /* since is compared with one constant only: exact, not approximate */
  Missing *m = missing_compute(p, s, day("2026-03-01"), LANG_EN, NULL);
  for (int i = 0; i < m->napprox; i++) ck_assert_int_ne(m->approx[i], since);
}
END_TEST

START_TEST(render_json_contract) {
  const Program *p = prog();
  Val *s = unknown_slots(p);
  s[slot(p, "applicant.adult")] = val_bool(true);
  s[slot(p, "applicant.kind")] = val_enum(0);
  s[slot(p, "applicant.tags")] = val_set(valset_make(NULL, 0));
  s[slot(p, "applicant.since")] = val_date(day("2019-01-01"));
  s[slot(p, "applicant.checked")] = val_date(day("2026-01-01"));
  Missing *m = missing_compute(p, s, day("2026-03-01"), LANG_RU, NULL);
  Buf b;
  buf_init(&b);
  missing_render_json(p, m, LANG_RU, false, &b);
  ck_assert_str_eq(buf_cstr(&b),
    "{\"outputs\":{\"eligible\":{\"sets\":[[\"applicant.bankrupt\"]]}},\"next\":\"applicant.bankrupt\","
    "\"questions\":{\"applicant.bankrupt\":{\"label\":\"Банкрот\",\"ask\":\"Заявитель банкрот?\",\"type\":\"bool\","
    "\"choices\":[{\"id\":\"true\",\"label\":\"да\"},{\"id\":\"false\",\"label\":\"нет\"}]}},\"approximate\":[]}");
}
END_TEST

START_TEST(budget_cut_short) {
  /* with too few evaluations the answer is marked approximate, and each output still gets a
   * set (one that is not proved minimal), never an empty one */
  const Program *p = prog();
  MissingOptions o = { NULL, 3 };
  Missing *m = missing_compute(p, unknown_slots(p), day("2026-03-01"), LANG_EN, &o);
  ck_assert_int_eq(m->noutputs, 4);
  for (int i = 0; i < m->noutputs; i++) {
    ck_assert(m->outputs[i].approximate);
    ck_assert_int_ge(m->outputs[i].nsets, 1);
    ck_assert_int_ge(m->outputs[i].sets[0].n, 1);
  }
  ck_assert_str_eq(sets_of(p, m, "eligible"), "adult+bankrupt");
}
END_TEST

static Val parse_ok(const Question *q, const char *a, Lang l) {
  Val v;
  const char *err = question_parse(q, a, l, &v);
  ck_assert_msg(err == NULL, "'%s': %s", a, err ? err : "");
  return v;
}

static const char *parse_err(const Question *q, const char *a, Lang l) {
  Val v;
  const char *err = question_parse(q, a, l, &v);
  ck_assert_msg(err != NULL, "'%s' was accepted", a);
  return err;
}

START_TEST(answers) {
  const Program *p = prog();
  const Question *b = question_describe(p, slot(p, "applicant.adult"), LANG_KK);
  ck_assert_str_eq(b->choices[0].label, "иә");
  ck_assert_str_eq(b->choices[1].label, "жоқ");
  ck_assert(parse_ok(b, "иә", LANG_KK).as.b);
  ck_assert(!parse_ok(b, "Жоқ", LANG_KK).as.b);
  ck_assert(parse_ok(b, "да", LANG_KK).as.b);        /* any language's words are understood */
  ck_assert(!parse_ok(b, " NO ", LANG_EN).as.b);
  ck_assert_str_eq(parse_err(b, "maybe", LANG_KK), "'maybe' бұл сұраққа жауап емес: иә немесе жоқ деп жазыңыз");
  const Question *br = question_describe(p, slot(p, "applicant.adult"), LANG_RU);
  ck_assert_str_eq(parse_err(br, "maybe", LANG_RU), "'maybe' — не ответ на этот вопрос: напишите да или нет");

  const Question *k = question_describe(p, slot(p, "applicant.kind"), LANG_EN);
  ck_assert_str_eq(k->type, "enum");
  ck_assert_int_eq(k->nchoices, 3);
  ck_assert_int_eq(parse_ok(k, "2", LANG_EN).as.e, 1);
  ck_assert_int_eq(parse_ok(k, "state", LANG_EN).as.e, 2);
  ck_assert_int_eq(parse_ok(k, "Retail", LANG_EN).as.e, 0);
  ck_assert_str_eq(parse_err(k, "4", LANG_EN), "'4' is not one of the choices: give a number from 1 to 3 or a name");

  const Question *t = question_describe(p, slot(p, "applicant.tags"), LANG_RU);
  ck_assert_str_eq(t->type, "set");
  Val v = parse_ok(t, "3, foreign,3", LANG_RU);
  ck_assert_int_eq(v.as.set->n, 2);
  ck_assert_int_eq(v.as.set->items[0].as.e, 0);
  ck_assert_int_eq(v.as.set->items[1].as.e, 2);
  ck_assert_int_eq(parse_ok(t, "-", LANG_RU).as.set->n, 0);
  parse_err(t, "1, nobody", LANG_RU);

  const Question *d = question_describe(p, slot(p, "applicant.since"), LANG_EN);
  ck_assert_int_eq(parse_ok(d, "2024-02-29", LANG_EN).as.date, day("2024-02-29"));
  parse_err(d, "2023-02-29", LANG_EN);
  parse_err(d, "29.02.2024", LANG_EN);
}
END_TEST

Suite *suite_missing(void) {
  Suite *s = suite_create("missing");
  TCase *c = tcase_create("core");
  tcase_set_timeout(c, 30);
  tcase_add_test(c, nothing_known);
  tcase_add_test(c, partly_known);
  tcase_add_test(c, never_asked);
  tcase_add_test(c, dates_by_interval);
  tcase_add_test(c, render_json_contract);
  tcase_add_test(c, answers);
  tcase_add_test(c, budget_cut_short);
  suite_add_tcase(s, c);
  return s;
}
