/* test_unmet.c — `unmet when F intersects FN` (the obligations -> findings checklist): parsed
 * and dumped, checked (each error at its line:col), assembled into the Program, its statuses
 * computed by the evaluator, and the text report printing what the Result holds. */
#include <check.h>
#include <string.h>
#include <stdio.h>
#include "lang/parse.h"
#include "lang/check.h"
#include "lang/base/alloc.h"
#include "interp/eval.h"
#include "interp/render.h"
#include "helpers.h"

#define HEADER "\npolicy t alias \"t\" version \"1\"\n"

/* Duties d1..d4; findings f1..f3; d1 shown unmet by f1, d2 by f2, d3 by f3, d4 by nothing. */
#define LINKED \
  "enum Duty { d1, d2, d3, d4 }\n" \
  "enum Finding { f1, f2, f3 }\n" \
  "fact a : bool\nfact b : bool\n" \
  "output duties : set of Duty combine union default {}\n" \
  "  unmet when findings intersects shows\n" \
  "output findings : set of Finding combine union default {}\n" \
  "fn shows(d : Duty) : set of Finding = match d { d1 -> {f1} d2 -> {f2} d3 -> {f3} d4 -> {} }\n" \
  "rule all_duties then duties = {d1, d2, d3, d4}\n" \
  "rule r1 when a then findings includes f1\n" \
  "rule r3 when b then findings includes f3\n"

static Program *compile(const char *text, Diags *d) {
  diags_init(d, LANG_EN);
  File *f = parse_file(test_source(text), d);
  return check_files(&f, 1, d);
}

static Program *compile_ok(const char *text) {
  Diags d;
  Program *p = compile(text, &d);
  if (!p) ck_abort_msg("expected no error, got:\n%s", diag_lines(&d));
  return p;
}

/* The first error as "line:col: message". */
static const char *first_error(const char *text) {
  Diags d;
  Program *p = compile(text, &d);
  ck_assert_ptr_null(p);
  for (const Diag *g = d.first; g; g = g->next) {
    if (g->level != DIAG_ERROR) continue;
    int line, col;
    source_linecol(g->loc.src, g->loc.start, &line, &col);
    return zan_sprintf("%d:%d: %s", line, col, g->text);
  }
  return "";
}

START_TEST(parse_dump_and_twice) {
  Diags d;
  diags_init(&d, LANG_EN);
  File *f = parse_file(test_source("output o : set of A\n  unmet when g intersects h\n"), &d);
  ck_assert_int_eq(d.nerrors, 0);
  ck_assert_str_eq(ast_dump(f->decls.items[0]), "(output o (set-of A) (unmet g h))");
  diags_init(&d, LANG_EN);
  parse_file(test_source("output o : set of A\n  unmet when g intersects h\n"
                         "  unmet when g intersects h\n"), &d);
  ck_assert_int_eq(d.nerrors, 1);
  ck_assert_str_eq(diag_lines(&d), "3:3: 'unmet' is given twice\n");
}
END_TEST

START_TEST(assembled) {
  Program *p = compile_ok(LINKED HEADER);
  ck_assert_ptr_nonnull(p->outputs[0].unmet_by);
  ck_assert_int_eq(p->outputs[0].unmet_findings, 1);
  ck_assert_int_eq(p->outputs[0].unmet_fn, 0);
  ck_assert_int_eq(p->outputs[0].unmet_by->op, X_CALL);
  ck_assert_ptr_null(p->outputs[1].unmet_by);
}
END_TEST

/* The output under test on line 8, after the declarations it refers to. */
static const char *error_at_line8(const char *output) {
  const char *head = "enum Duty { d1 }\nenum Finding { f1 }\nfact x : bool\n"
                     "output findings : set of Finding\noutput n : int\n"
                     "fn shows(d : Duty) : set of Finding = {f1}\n"
                     "fn wrong(d : Finding) : set of Finding = {f1}\n";
  return first_error(zan_sprintf("%s%s%s", head, output, HEADER));
}

START_TEST(check_errors) {
  ck_assert_str_eq(error_at_line8("output o : Duty unmet when findings intersects shows"),
                   "8:17: `unmet when` links two outputs that are sets of enum members, "
                   "but 'o' is Duty");
  ck_assert_str_eq(error_at_line8("output o : set of Duty unmet when findngs intersects shows"),
                   "8:35: unknown output 'findngs'; did you mean 'findings'?");
  ck_assert_str_eq(error_at_line8("output o : set of Duty unmet when x intersects shows"),
                   "8:35: 'x' is not an output: `unmet when` names the output whose members "
                   "show a member of 'o' unmet");
  ck_assert_str_eq(error_at_line8("output o : set of Duty unmet when o intersects shows"),
                   "8:35: output 'o' cannot be checked against itself: `unmet when` names "
                   "another output");
  ck_assert_str_eq(error_at_line8("output o : set of Duty unmet when n intersects shows"),
                   "8:35: `unmet when` links two outputs that are sets of enum members, "
                   "but 'n' is int");
  ck_assert_str_eq(error_at_line8("output o : set of Duty unmet when findings intersects shws"),
                   "8:55: unknown function 'shws'; did you mean 'shows'?");
  ck_assert_str_eq(error_at_line8("output o : set of Duty unmet when findings intersects x"),
                   "8:55: 'x' is not a function: `unmet when … intersects` names a function "
                   "from a member of 'o' to the members of 'findings' that show it unmet");
  ck_assert_str_eq(error_at_line8("output o : set of Duty unmet when findings intersects wrong"),
                   "8:55: `unmet when` needs 'wrong' to be a function (Duty) : set of Finding, "
                   "but it is (Finding) : set of Finding");
}
END_TEST

START_TEST(messages_ru_kk) {
  const char *src = "enum Duty { d1 }\noutput findings : int\n"
                    "output o : set of Duty unmet when findings intersects f\n"
                    "fn f(d : Duty) : set of Duty = {}" HEADER;
  for (int lang = LANG_RU; lang <= LANG_KK; lang++) {
    Diags d;
    diags_init(&d, (Lang)lang);
    File *f = parse_file(test_source(src), &d);
    ck_assert_ptr_null(check_files(&f, 1, &d));
    ck_assert_ptr_nonnull(d.first);
    ck_assert_int_eq(d.first->id, E_UNMET_NOT_SET);
    ck_assert_ptr_null(strstr(d.first->text, "links two outputs"));    /* translated */
    ck_assert_ptr_nonnull(strstr(d.first->text, "'findings'"));
  }
}
END_TEST

static Result *decide(const Program *p, int a, int b, unsigned flags) {
  Val *slots = ZAN_NEWN(Val, p->nslots);
  slots[0] = a < 0 ? val_unknown() : val_bool(a);
  slots[1] = b < 0 ? val_unknown() : val_bool(b);
  return eval_program(p, slots, date_from_ymd(2026, 3, 1), flags, LANG_EN);
}

START_TEST(statuses) {
  Program *p = compile_ok(LINKED HEADER);
  /* a: f1 certainly in; b unknown: f3 possibly in */
  Result *r = decide(p, 1, -1, EVAL_REPORT);
  ck_assert(r->checklists);
  const OutputResult *R = &r->outputs[0];
  ck_assert_int_eq(R->nchecks, 4);
  const UnmetStatus want[] = { UNMET_NOT_MET, UNMET_MET, UNMET_UNKNOWN, UNMET_NOT_CHECKED };
  for (int i = 0; i < 4; i++) {
    ck_assert_int_eq(R->checks[i].member.as.i, i);
    ck_assert_int_eq(R->checks[i].status, want[i]);
  }
  ck_assert_int_eq(R->checks[0].nshown, 1);                  /* d1: shown by f1 */
  ck_assert_int_eq(R->checks[0].shown[0].as.i, 0);
  ck_assert_int_eq(R->checks[2].nopen, 1);                   /* d3: open while b is unknown */
  ck_assert_str_eq(p->slots[R->checks[2].open[0]]->path, "b");
  ck_assert_int_eq(R->checks[1].nopen, 0);
  /* without a trace the statuses are the same; only the open facts are left out */
  r = decide(p, 1, -1, EVAL_CHECKS);
  ck_assert_int_eq(r->outputs[0].checks[2].status, UNMET_UNKNOWN);
  ck_assert_int_eq(r->outputs[0].checks[2].nopen, 0);
  /* everything known and clean: met, met, met, not checked */
  r = decide(p, 0, 0, EVAL_CHECKS);
  ck_assert_int_eq(r->outputs[0].checks[2].status, UNMET_MET);
  ck_assert_int_eq(r->outputs[1].nchecks, 0);               /* findings declares no link */
  /* not asked for (a JSON decision): none computed */
  r = decide(p, 1, -1, EVAL_TRACE);
  ck_assert(!r->checklists);
  ck_assert_int_eq(r->outputs[0].nchecks, 0);
}
END_TEST

static const char *report(const Program *p, const Result *r) {
  RenderOptions o = { .lang = LANG_EN };
  Buf b; buf_init(&b);
  Val *slots = ZAN_NEWN(Val, p->nslots);
  for (int i = 0; i < p->nslots; i++) slots[i] = val_unknown();
  render_text(p, slots, r, &o, &b);
  return buf_cstr(&b);
}

START_TEST(report_prints_the_declared_link) {
  /* an unrelated function of the same shape, declared first: the report follows the clause */
  const char *decoy = "fn decoy(d : Duty) : set of Finding = {f1, f2, f3}\n";
  Program *p = compile_ok(zan_sprintf("%s%s%s", decoy, LINKED, HEADER));
  const char *t = report(p, decide(p, 1, 0, EVAL_REPORT));
  ck_assert_ptr_nonnull(strstr(t, "[!] NOT MET      d1\n"));
  ck_assert_ptr_nonnull(strstr(t, "→ f1"));
  ck_assert_ptr_nonnull(strstr(t, "[x] met          d2\n"));
  ck_assert_ptr_nonnull(strstr(t, "[-] not checked  d4\n"));
  /* without the clause: no checklist, both sets are plain sections */
  const char *plain = LINKED;
  char *nolink = zan_strdup(plain);
  char *clause = strstr(nolink, "  unmet when findings intersects shows\n");
  memmove(clause, clause + strlen("  unmet when findings intersects shows\n"),
          strlen(clause + strlen("  unmet when findings intersects shows\n")) + 1);
  p = compile_ok(zan_sprintf("%s%s", nolink, HEADER));
  t = report(p, decide(p, 1, 0, EVAL_REPORT));
  ck_assert_ptr_null(strstr(t, "[!]"));
  ck_assert_ptr_nonnull(strstr(t, "• d1"));
}
END_TEST

Suite *suite_unmet(void) {
  Suite *s = suite_create("unmet");
  TCase *t = tcase_create("unmet");
  tcase_add_test(t, parse_dump_and_twice);
  tcase_add_test(t, assembled);
  tcase_add_test(t, check_errors);
  tcase_add_test(t, messages_ru_kk);
  tcase_add_test(t, statuses);
  tcase_add_test(t, report_prints_the_declared_link);
  suite_add_tcase(s, t);
  return s;
}
