/* test_check.c — unit tests of the checker and lowering (lang/check*.c, lang/assemble.c):
 * one tiny policy per error class (exact message id and line:col), and valid policies lowered. */
#include <check.h>
#include <string.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/stat.h>
#include "lang/load.h"
#include "lang/base/alloc.h"
#include "lang/parse.h"
#include "lang/check.h"
#include "lang/ir.h"

/* The header goes last so the lines of a case start at 1. */
#define HEADER "\npolicy t alias \"t\" version \"1\"\n"

static Program *run_n(const char **texts, const char **names, int n, Diags *d) {
  diags_init(d, LANG_EN);
  File **files = ZAN_NEWN(File *, n);
  for (int i = 0; i < n; i++) {
    Source *s = source_from_string(names[i], texts[i], strlen(texts[i]));
    files[i] = parse_file(s, d);
  }
  return check_files(files, n, d);
}

static Program *run(const char *text, Diags *d) {
  const char *names[] = {"t.zan"};
  return run_n(&text, names, 1, d);
}

static const char *dump(const Diags *d) {
  static char buf[4096];
  buf[0] = 0;
  for (const Diag *g = d->first; g; g = g->next) {
    int line = 0, col = 0;
    if (g->loc.src) source_linecol(g->loc.src, g->loc.start, &line, &col);
    size_t l = strlen(buf);
    snprintf(buf + l, sizeof buf - l, "  %d:%d %s %s\n", line, col, msg_name(g->id), g->text);
  }
  return buf;
}

/* The first error of the run has this id at line:col. */
static const Diag *first_error(const Diags *d) {
  for (const Diag *g = d->first; g; g = g->next) if (g->level == DIAG_ERROR) return g;
  return NULL;
}

static void expect_error_(const char *src, MsgId id, int line, int col, const char *file, int at) {
  Diags d;
  Program *p = run(src, &d);
  const Diag *g = first_error(&d);
  if (!g) ck_abort_msg("%s:%d: expected %s, got no error:\n%s", file, at, msg_name(id), dump(&d));
  int l = 0, c = 0;
  if (g->loc.src) source_linecol(g->loc.src, g->loc.start, &l, &c);
  if (g->id != id || l != line || c != col)
    ck_abort_msg("%s:%d: expected %s at %d:%d, got:\n%s", file, at, msg_name(id), line, col, dump(&d));
  ck_assert_ptr_null(p);
}
#define expect_error(src, id, line, col) expect_error_(src, id, line, col, __FILE__, __LINE__)

static bool has_diag(const Diags *d, DiagLevel lvl, MsgId id) {
  for (const Diag *g = d->first; g; g = g->next) if (g->level == lvl && g->id == id) return true;
  return false;
}

static Program *expect_ok_(const char *src, const char *file, int at) {
  Diags d;
  Program *p = run(src, &d);
  if (!p || d.nerrors) ck_abort_msg("%s:%d: expected no error, got:\n%s", file, at, dump(&d));
  return p;
}
#define expect_ok(src) expect_ok_(src, __FILE__, __LINE__)

/* ---- names ---- */

START_TEST(unknown_name_hint) {
  expect_error("fact flag : bool\noutput o : bool\nrule r then o = flg" HEADER, E_UNKNOWN_NAME_HINT, 3, 17);
  expect_error("output o : bool\nrule r then o = zzzzqqq" HEADER, E_UNKNOWN_NAME, 2, 17);
}
END_TEST

START_TEST(duplicate_with_note) {
  Diags d;
  run("output o : int\noutput o : int" HEADER, &d);
  const Diag *g = first_error(&d);
  ck_assert_ptr_nonnull(g);
  ck_assert_int_eq(g->id, E_DUPLICATE);
  int l, c;
  source_linecol(g->loc.src, g->loc.start, &l, &c);
  ck_assert_int_eq(l, 2); ck_assert_int_eq(c, 8);
  ck_assert_ptr_nonnull(g->note);
  ck_assert_int_eq(g->note->id, N_FIRST_DEFINED_HERE);
  source_linecol(g->note->loc.src, g->note->loc.start, &l, &c);
  ck_assert_int_eq(l, 1); ck_assert_int_eq(c, 8);
}
END_TEST

START_TEST(unknown_type_and_output) {
  expect_error("output o : Tierr\nenum Tier { a }" HEADER, E_UNKNOWN_TYPE_HINT, 1, 12);
  expect_error("output o : int\nrule r then oo = 1" HEADER, E_UNKNOWN_OUTPUT_HINT, 2, 13);
  expect_error("fact f : int\noutput o : int\nrule r then f = 1" HEADER, E_TARGET_NOT_OUTPUT, 3, 13);
}
END_TEST

START_TEST(policy_header_count) {
  expect_error("output o : int" HEADER "policy u alias \"u\" version \"1\"\n", E_POLICY_TWICE, 3, 8);
  expect_error("output o : int\n", E_NO_POLICY, 1, 1);
}
END_TEST

START_TEST(imports_and_ambiguity) {
  const char *texts[] = {"module a\nconst k : int = 1\n",
                         "module b\nconst k : int = 2\n",
                         "import a\nimport b\noutput o : int\nrule r then o = k" HEADER};
  const char *names[] = {"a.zan", "b.zan", "main.zan"};
  Diags d;
  ck_assert_ptr_null(run_n(texts, names, 3, &d));
  const Diag *g = first_error(&d);
  ck_assert_ptr_nonnull(g);
  ck_assert_int_eq(g->id, E_AMBIGUOUS_NAME);
  /* without the import the name is unknown; with one import it resolves */
  const char *t2[] = {"module a\nconst k : int = 1\n", "output o : int\nrule r then o = k" HEADER};
  const char *n2[] = {"a.zan", "main.zan"};
  ck_assert_ptr_null(run_n(t2, n2, 2, &d));
  ck_assert_int_eq(first_error(&d)->id, E_UNKNOWN_NAME);
  const char *t3[] = {"module a\nconst k : int = 1\n", "import a\noutput o : int\nrule r then o = k" HEADER};
  ck_assert_ptr_nonnull(run_n(t3, n2, 2, &d));
  const char *t4[] = {"import nothere\noutput o : int" HEADER};
  const char *n4[] = {"main.zan"};
  ck_assert_ptr_null(run_n(t4, n4, 1, &d));
  ck_assert_int_eq(first_error(&d)->id, E_NO_MODULE);
}
END_TEST

/* ---- types ---- */

START_TEST(type_mismatch) {
  expect_error("output o : int\nrule r then o = true" HEADER, E_TYPE_MISMATCH, 2, 17);
  expect_error("fact f : text\noutput o : bool\nrule r then o = f > 1" HEADER, E_COMPARE_TYPES, 3, 21);
  expect_error("fact f : text\noutput o : bool\nrule r then o = f < \"a\"" HEADER, E_NOT_ORDERED, 3, 19);
  expect_error("fact f : bool\noutput o : int\nrule r then o = f + 1" HEADER, E_ARITH_TYPES, 3, 19);
  expect_error("output o : bool\nrule r when 1 then o = true" HEADER, E_TYPE_MISMATCH, 2, 13);
}
END_TEST

START_TEST(enum_members) {
  const char *amb = "enum A { x, y }\nenum B { x, z }\noutput o : bool\nrule r then o = count({x}) > 0" HEADER;
  expect_error(amb, E_AMBIGUOUS_MEMBER, 4, 24);
  /* qualified, and resolved by the expected type */
  expect_ok("enum A { x, y }\nenum B { x, z }\nfact f : A\noutput o : bool\noutput s : set of B combine union\n"
            "rule r then o = f = x\nrule q then o = A.x in {f}\nrule u then s includes x" HEADER);
  expect_error("enum A { x, y }\noutput o : A\nrule r then o = w" HEADER, E_NOT_MEMBER, 3, 17);
  expect_error("enum A { xx, y }\noutput o : A\nrule r then o = A.xy" HEADER, E_NOT_MEMBER_HINT, 3, 19);
}
END_TEST

START_TEST(combine_validity) {
  expect_error("output o : int combine union" HEADER, E_COMBINE_TYPE, 1, 24);
  expect_error("output o : text combine max" HEADER, E_COMBINE_TYPE, 1, 25);
  expect_error("output o : int combine any" HEADER, E_COMBINE_TYPE, 1, 24);
  expect_error("output o : int combine sum" HEADER, E_BAD_COMBINE, 1, 24);
  expect_ok("enum T { a < b }\noutput o : T combine max\noutput p : bool combine any\noutput q : set of T combine union default {}" HEADER);
}
END_TEST

START_TEST(includes_needs_set) {
  expect_error("output o : int\nrule r then o includes 1" HEADER, E_INCLUDES_NOT_SET, 2, 13);
}
END_TEST

START_TEST(match_exhaustive) {
  expect_error("enum T { p, q, s }\nfact f : T\noutput o : int\nrule r then o = match f { p -> 1 q -> 2 }" HEADER,
               E_MATCH_MISSING, 4, 17);
  expect_error("enum T { p, q }\nfact f : T\noutput o : int\nrule r then o = match f { p -> 1 p | q -> 2 }" HEADER,
               E_MATCH_DUP, 4, 34);
  expect_ok("enum T { p, q, s }\nfact f : T\noutput o : int\nrule r then o = match f { p -> 1 else -> 2 }" HEADER);
}
END_TEST

START_TEST(promotion_and_records) {
  Program *p = expect_ok("output o : decimal\nrule r then o = 1" HEADER);
  ck_assert_int_eq(p->rules[0].value->op, X_TODEC);
  p = expect_ok("type Fine = record { mrp : int, kzt : int }\noutput o : int\n"
                "fn f(x : int) : Fine = Fine(mrp = x, kzt = x * 2)\nrule r then o = f(3).kzt" HEADER);
  ck_assert_int_eq(p->rules[0].value->op, X_FIELD);
  ck_assert_int_eq(p->rules[0].value->as.field.index, 1);
  expect_error("type Fine = record { mrp : int, kzt : int }\noutput o : Fine\nrule r then o = Fine(mrp = 1)" HEADER,
               E_FIELD_MISSING, 3, 17);
}
END_TEST

/* `contains`: membership or subset, chosen by the checker from the right side's type. */
START_TEST(contains_member_or_subset) {
  Program *p = expect_ok("enum T { p, q }\nfact f : set of T\nfact g : list of T\noutput o : bool\n"
                         "rule r1 then o = f contains p\nrule r2 then o = f contains {p, q}\n"
                         "rule r3 then o = f contains g\nrule r4 then o = g contains [q]" HEADER);
  ck_assert_int_eq(p->rules[0].value->op, X_CONTAINS);
  ck_assert_int_eq(p->rules[1].value->op, X_SUBSET);
  ck_assert_int_eq(p->rules[2].value->op, X_SUBSET);
  ck_assert_int_eq(p->rules[3].value->op, X_SUBSET);
  p = expect_ok("fact f : set of decimal\noutput o : bool\nrule r then o = f contains 1" HEADER);
  ck_assert_int_eq(p->rules[0].value->op, X_CONTAINS);
  ck_assert_int_eq(p->rules[0].value->as.bin.r->op, X_TODEC);
  expect_error("enum T { p, q }\nfact f : set of T\nfact n : int\noutput o : bool\nrule r then o = f contains n" HEADER,
               E_TYPE_MISMATCH, 5, 28);
  expect_error("fact f : set of int\nfact g : set of text\noutput o : bool\nrule r then o = f contains g" HEADER,
               E_TYPE_MISMATCH, 4, 28);
}
END_TEST

START_TEST(function_checks) {
  expect_error("fn f(x : int) : int = g(x)\nfn g(x : int) : int = f(x)" HEADER, E_FN_RECURSIVE, 1, 4);
  expect_error("fn f(x : int) : int = x\noutput o : int\nrule r then o = f(1, 2)" HEADER, E_ARG_COUNT, 3, 17);
  expect_error("fn f(x : int) : int = x\noutput o : int\nrule r then o = f(true)" HEADER, E_TYPE_MISMATCH, 3, 19);
  Program *p = expect_ok("fn f(xs : set of int) : bool = any x in xs : all y in xs : x >= y\noutput o : bool\nrule r then o = f({1})" HEADER);
  ck_assert_int_eq(p->funcs[0].nparams, 1);
  ck_assert_int_eq(p->funcs[0].nlocals, 3);
}
END_TEST

/* year(d), month(d), day(d): written with the unit keywords, checked as the built-ins */
START_TEST(date_part_builtins) {
  Program *p = expect_ok("fact d : date\noutput o : int\nrule r then o = year(d) * 10000 + month(d) * 100 + day(d)" HEADER);
  ck_assert_int_eq(p->noutputs, 1);
  expect_error("fact d : date\noutput o : int\nrule r then o = year(d, d)" HEADER, E_ARG_COUNT, 3, 17);
  expect_error("output o : int\nrule r then o = month(3)" HEADER, E_TYPE_MISMATCH, 2, 23);
  expect_error("fact d : date\noutput o : date\nrule r then o = day(d)" HEADER, E_TYPE_MISMATCH, 3, 17);
}
END_TEST

/* Clauses come in any order, so the required ones are the checker's: `then`, and `to` */
START_TEST(required_clauses) {
  expect_error("output o : int\nrule r when true" HEADER, E_PARSE_MISSING_CLAUSE, 2, 6);
  expect_error("output o : int\nrule r then o = 1\nexception e then o = 2" HEADER, E_PARSE_MISSING_CLAUSE, 3, 11);
  expect_ok("output o : int\nrule r then o = 1\nexception e then o = 2 when false to r" HEADER);
}
END_TEST

/* Without a header the modules are an error, or a library when the caller accepts one. */
START_TEST(library_without_header) {
  const char *src = "fact d : date\nfn y(x : date) : int = year(x)\ntest \"t\" { given { d = 2024-02-29 } expect y(d) = 2024 }\n";
  Diags d; diags_init(&d, LANG_EN);
  Source *s = source_from_string("lib.zan", src, strlen(src));
  CheckModule m = { parse_file(s, &d), "lib", false, 0, NULL };
  ck_assert_ptr_null(check_program(&m, 1, NULL, &d));
  ck_assert_int_eq(first_error(&d)->id, E_NO_POLICY);
  ck_assert_ptr_nonnull(first_error(&d)->note);
  ck_assert_int_eq(first_error(&d)->note->id, N_NO_POLICY_LIBRARY);
  diags_init(&d, LANG_EN);
  m.file = parse_file(s, &d);
  Program *p = check_program(&m, 1, &(CheckOptions){ .library_ok = true }, &d);
  if (!p) ck_abort_msg("library failed:\n%s", dump(&d));
  ck_assert(p->library);
  ck_assert_int_eq(p->ntests, 1);
  ck_assert_int_eq(p->subject_slot, -1);
  ck_assert_int_eq(p->as_of_slot, -1);
  /* a policy with a header is no library, accepted or not */
  p = expect_ok("output o : int" HEADER);
  ck_assert(!p->library);
}
END_TEST

/* ---- rules ---- */

START_TEST(output_cycle) {
  expect_error("output a : int\noutput b : int\nrule ra then a = b\nrule rb then b = a" HEADER, E_OUTPUT_CYCLE, 1, 8);
}
END_TEST

START_TEST(exceptions) {
  expect_error("output a : int\noutput b : int\nrule ra then a = 1\nexception x to ra then b = 2" HEADER,
               E_EXCEPTION_OUTPUT, 4, 24);
  expect_error("output a : int\nexception x to y then a = 1\nexception y to x then a = 2" HEADER,
               E_EXCEPTION_CYCLE, 2, 16);
  expect_error("output a : int\nrule ra then a = 1\nexception x to rb then a = 2" HEADER, E_UNKNOWN_RULE_HINT, 3, 16);
}
END_TEST

START_TEST(citations) {
  const char *art = "article \"1.2\" status summary source \"s\" in force from 2026-01-18 { kk \"a\" ru \"b\" en \"c\" }\n";
  char buf[1024];
  snprintf(buf, sizeof buf, "%soutput a : int\nrule r cites \"1.3\" then a = 1" HEADER, art);
  expect_error(buf, E_UNKNOWN_ARTICLE, 3, 14);
  Diags d;
  snprintf(buf, sizeof buf, "%soutput a : int\nrule r then a = 1\nrule q cites \"1.2\" in force from 2026-01-01 then a = 1" HEADER, art);
  ck_assert_ptr_nonnull(run(buf, &d));
  ck_assert(has_diag(&d, DIAG_WARNING, W_NO_CITES));
  ck_assert(has_diag(&d, DIAG_WARNING, W_RULE_BEFORE_ARTICLE));
  expect_error("article \"1.2\" status draft source \"s\" { kk \"a\" ru \"b\" en \"c\" }" HEADER, E_BAD_STATUS, 1, 22);
  expect_error("article \"1..2\" status summary source \"s\" { kk \"a\" ru \"b\" en \"c\" }" HEADER, E_BAD_ARTICLE_ID, 1, 9);
  expect_error("article \"1\" status summary { kk \"a\" ru \"b\" en \"c\" }\narticle \"1\" status summary { kk \"a\" ru \"b\" en \"c\" }" HEADER,
               E_DUPLICATE_ARTICLE, 2, 9);
}
END_TEST

START_TEST(texts_and_placeholders) {
  expect_error("output o : int label { kk \"a\" kk \"b\" en \"c\" ru \"d\" }" HEADER, E_TEXT_REPEATED_LANG, 1, 31);
  expect_error("output o : int label { kk \"a\" de \"b\" en \"c\" ru \"d\" }" HEADER, E_TEXT_BAD_LANG, 1, 31);
  Diags d;
  ck_assert_ptr_nonnull(run("output o : int label { kk \"a\" en \"c\" }" HEADER, &d));
  ck_assert(has_diag(&d, DIAG_WARNING, W_TEXT_MISSING_LANG));
  expect_error("fact s { n : text }\noutput o : int\nrule r then o = 1 explain { kk \"{s.n}\" ru \"{o}\" en \"{s.x}\" }" HEADER,
               E_BAD_PLACEHOLDER, 3, 53);
}
END_TEST

START_TEST(header_facts) {
  expect_error("fact s { id : int }\nfact d : date\npolicy t alias \"t\" version \"1\" subject s.id as of d",
               E_HEADER_FACT_TYPE, 3, 40);
  Program *p = expect_ok("fact s { id : text }\nfact d : date\npolicy t alias \"t\" version \"1\" subject s.id as of d");
  ck_assert_int_eq(p->subject_slot, 0);
  ck_assert_int_eq(p->as_of_slot, 1);
}
END_TEST

START_TEST(parameters) {
  Program *p = expect_ok("parameter mrp : int { 2026-01-01: 4325 2025-01-01: 3932 }" HEADER);
  ck_assert_int_eq(p->params[0].n, 2);
  ck_assert_int_lt(p->params[0].dates[0], p->params[0].dates[1]);
  ck_assert_int_eq(p->params[0].values[0].as.i, 3932);
  expect_error("parameter mrp : int { 2026-01-01: 4325\n 2026-01-01: 3932 }" HEADER, E_PARAM_DUP_DATE, 2, 2);
  expect_error("fact f : int\nparameter mrp : int { 2026-01-01: f }" HEADER, E_PARAM_NOT_CONST, 2, 35);
}
END_TEST

START_TEST(tests_givens) {
  expect_error("fact s { a : bool }\noutput o : bool\ntest \"x\" { given { s = true } expect o }" HEADER,
               E_GIVEN_NOT_LEAF, 3, 20);
  expect_error("fact s { a : int }\nfact b : int\noutput o : bool\ntest \"x\" { given { s.a = b } expect o }" HEADER,
               E_GIVEN_NOT_CONST, 4, 26);
  Program *p = expect_ok("enum T { p, q }\nfact s { a : set of T }\noutput o : bool\n"
                         "test \"x\" as of 2026-03-01 { given { s.a = {q} } expect o undetermined expect not o }" HEADER);
  ck_assert_int_eq(p->ntests, 1);
  ck_assert_int_eq(p->tests[0].ngivens, 1);
  ck_assert_int_eq(p->tests[0].given_values[0].kind, V_SET);
  ck_assert_int_eq(p->tests[0].nexpects, 2);
  ck_assert_int_eq(p->tests[0].expects[0].output, 0);
  ck_assert_ptr_nonnull(p->tests[0].expects[1].expr);
}
END_TEST

START_TEST(several_errors) {
  Diags d;
  ck_assert_ptr_null(run("output o : int\nrule r then o = true\nrule q then o = nope\nrule z then o = \"x\"" HEADER, &d));
  ck_assert_int_eq(d.nerrors, 3);
}
END_TEST

START_TEST(module_name_matches_stem) {
  expect_error("module other\noutput o : int" HEADER, E_MODULE_NAME, 1, 8);
  expect_ok("module t\noutput o : int" HEADER);
}
END_TEST

static void write_file(const char *path, const char *text) {
  FILE *f = fopen(path, "w");
  ck_assert_ptr_nonnull(f);
  fputs(text, f);
  fclose(f);
}

/* The loader: a folder policy found by alias through ZAN_PATH, sibling and std imports. */
START_TEST(load_by_alias) {
  char root[] = "/tmp/zan_check_testXXXXXX";
  ck_assert_ptr_nonnull(mkdtemp(root));
  char *pol = zan_sprintf("%s/pols", root), *dir = zan_sprintf("%s/pols/mine", root), *std = zan_sprintf("%s/std", root);
  mkdir(pol, 0755); mkdir(dir, 0755); mkdir(std, 0755);
  write_file(zan_sprintf("%s/b_main.zan", dir), "import a_facts\nimport std.util\npolicy mine alias \"my-alias\" version \"1\"\n"
             "output o : bool\nrule r then o = twice(x) > 1\n");
  write_file(zan_sprintf("%s/a_facts.zan", dir), "module a_facts\nimport b_main\nfact x : int\n");   /* a cycle: allowed */
  write_file(zan_sprintf("%s/util.zan", std), "module util\nfn twice(n : int) : int = n * 2\n");
  setenv("ZAN_PATH", pol, 1);
  setenv("ZAN_STDLIB", std, 1);
  LoadOptions o = { .library_ok = false };
  Diags d; diags_init(&d, LANG_EN);
  ck_assert_str_eq(load_find_policy("my-alias", &o, &d), dir);
  File **files = NULL; int nfiles = 0;
  Program *p = load_policy_files("my-alias", &o, &d, &files, &nfiles);
  if (!p) ck_abort_msg("load failed:\n%s", dump(&d));
  ck_assert_int_eq(nfiles, 3);
  ck_assert_str_eq(p->dir, dir);
  ck_assert_int_eq(p->nfuncs, 1);
  diags_init(&d, LANG_EN);
  ck_assert_ptr_null(load_policy("no-such-alias", &o, &d));
  ck_assert_int_eq(first_error(&d)->id, E_LOAD_NO_POLICY);
  write_file(zan_sprintf("%s/c.zan", dir), "import zz\n");
  diags_init(&d, LANG_EN);
  ck_assert_ptr_null(load_policy(dir, &o, &d));
  ck_assert_int_eq(first_error(&d)->id, E_NO_MODULE);
  unsetenv("ZAN_PATH"); unsetenv("ZAN_STDLIB");
}
END_TEST

/* Status and source per text: an entry's own clauses win over the article's, which are the
 * default; a bad status is reported where it is written; titles and labels take none. */
START_TEST(text_statuses) {
  Program *p = expect_ok("article \"1\" status unofficial_translation source \"d\" {\n"
                         "  kk \"k\"\n  ru status official source \"Z\" \"r\"\n  en status summary \"e\"\n}" HEADER);
  const IrArticle *a = &p->articles[0];
  ck_assert_int_eq(a->text_status[0], ST_UNOFFICIAL_TRANSLATION);
  ck_assert_str_eq(a->text_source[0], "d");
  ck_assert_int_eq(a->text_status[1], ST_OFFICIAL);
  ck_assert_str_eq(a->text_source[1], "Z");
  ck_assert_int_eq(a->text_status[2], ST_SUMMARY);
  ck_assert_str_eq(a->text_source[2], "d");
  ck_assert_int_eq(a->official, 1);
  ck_assert_int_eq(ir_article_item(a, "en"), 2);
  /* no default and a text without a status: the warning, and the text counts as a summary */
  Diags d;
  p = run("article \"1\" { kk \"k\" ru status official \"r\" en \"e\" }" HEADER, &d);
  ck_assert_ptr_nonnull(p);
  ck_assert(has_diag(&d, DIAG_WARNING, W_ARTICLE_NO_STATUS));
  ck_assert_int_eq(p->articles[0].text_status[0], ST_SUMMARY);
  ck_assert_int_eq(p->articles[0].official, 1);
  /* every text with its own status: no warning */
  p = run("article \"1\" { kk status summary \"k\" ru status summary \"r\" en status summary \"e\" }" HEADER, &d);
  ck_assert(!has_diag(&d, DIAG_WARNING, W_ARTICLE_NO_STATUS));
  ck_assert_int_eq(p->articles[0].official, -1);
  expect_error("article \"1\" { kk \"k\" ru status oficial \"r\" en \"e\" }" HEADER, E_BAD_STATUS, 1, 32);
  expect_error("article \"1\" title { en status summary \"t\" } status summary { kk \"k\" ru \"r\" en \"e\" }" HEADER,
               E_TEXT_STATUS_HERE, 1, 31);
  expect_error("output o : int label { kk \"a\" ru source \"x\" \"b\" en \"c\" }" HEADER, E_TEXT_STATUS_HERE, 1, 41);
}
END_TEST

/* `statute "ACT" LANG "FILE"`: official texts of ACT in LANG must be in FILE word for word
 * (white space and heading marks aside); a mismatch is reported at the text with the first
 * words that differ; a missing file, a second statute for one act and language are errors. */
START_TEST(statutes) {
  char root[] = "/tmp/zan_check_statuteXXXXXX";
  ck_assert_ptr_nonnull(mkdtemp(root));
  mkdir(zan_sprintf("%s/sources", root), 0755);
  write_file(zan_sprintf("%s/sources/a.ru.md", root),
             "<!-- provenance: Запрещается всё -->\n## Статья 17.  Запреты\n\n6)\u00a0определение   эмоций\nфизического лица;\n");
  const char *head = "policy t version \"1\"\n  statute \"A\" ru \"sources/a.ru.md\"\n";
  const char *art = "article \"17.3.6\" act \"A\" status unofficial_translation {\n"
                    "  ru status official \"%s\"\n  kk \"k\"\n  en \"e\"\n}\n";
  const char *pol = zan_sprintf("%s/t.zan", root);
  LoadOptions o = { .library_ok = false };
  Diags d;
  /* whitespace runs, a no-break space and the heading marks count as one space */
  write_file(pol, zan_sprintf("%s%s", head, zan_sprintf(art, "Статья 17. Запреты 6) определение эмоций физического лица;")));
  diags_init(&d, LANG_EN);
  if (!load_policy(pol, &o, &d)) ck_abort_msg("load failed:\n%s", dump(&d));
  /* a word changed: reported at the text's literal, naming the words from the first that differs */
  write_file(pol, zan_sprintf("%s%s", head, zan_sprintf(art, "6) определение эмоций человека;")));
  diags_init(&d, LANG_EN);
  ck_assert_ptr_null(load_policy(pol, &o, &d));
  const Diag *g = first_error(&d);
  ck_assert_int_eq(g->id, E_STATUTE_MISMATCH);
  int l = 0, c = 0;
  source_linecol(g->loc.src, g->loc.start, &l, &c);
  ck_assert_int_eq(l, 4); ck_assert_int_eq(c, 22);
  ck_assert_msg(strstr(g->text, "\"человека;\"") != NULL, "%s", g->text);
  /* text in the file's comment does not count */
  write_file(pol, zan_sprintf("%s%s", head, zan_sprintf(art, "Запрещается всё")));
  diags_init(&d, LANG_EN);
  ck_assert_ptr_null(load_policy(pol, &o, &d));
  ck_assert_int_eq(first_error(&d)->id, E_STATUTE_MISMATCH);
  /* only official texts of that act are compared: an unofficial text, another act */
  write_file(pol, zan_sprintf("%s%s", head, "article \"1\" act \"A\" status unofficial_translation { kk \"x\" ru \"x\" en \"x\" }\n"
                                            "article \"2\" act \"B\" status official { kk \"x\" ru \"x\" en \"x\" }\n"));
  diags_init(&d, LANG_EN);
  if (!load_policy(pol, &o, &d)) ck_abort_msg("load failed:\n%s", dump(&d));
  /* a missing file */
  write_file(pol, "policy t version \"1\"\n  statute \"A\" ru \"sources/none.md\"\n");
  diags_init(&d, LANG_EN);
  ck_assert_ptr_null(load_policy(pol, &o, &d));
  g = first_error(&d);
  ck_assert_int_eq(g->id, E_STATUTE_READ);
  source_linecol(g->loc.src, g->loc.start, &l, &c);
  ck_assert_int_eq(l, 2); ck_assert_int_eq(c, 18);
  /* twice for one act and language; a bad language tag */
  write_file(pol, "policy t version \"1\"\n  statute \"A\" ru \"sources/a.ru.md\"\n  statute \"A\" ru \"sources/a.ru.md\"\n");
  diags_init(&d, LANG_EN);
  ck_assert_ptr_null(load_policy(pol, &o, &d));
  ck_assert_int_eq(first_error(&d)->id, E_STATUTE_TWICE);
  write_file(pol, "policy t version \"1\"\n  statute \"A\" de \"sources/a.ru.md\"\n");
  diags_init(&d, LANG_EN);
  ck_assert_ptr_null(load_policy(pol, &o, &d));
  ck_assert_int_eq(first_error(&d)->id, E_TEXT_BAD_LANG);
}
END_TEST

/* The standard library's own folder loads as a library of std modules: `import std.a` in
 * b finds the a already loaded (each module once), and its tests are all there. */
START_TEST(load_stdlib_as_library) {
  char root[] = "/tmp/zan_check_stdXXXXXX";
  ck_assert_ptr_nonnull(mkdtemp(root));
  write_file(zan_sprintf("%s/a.zan", root), "module a\nfn one() : int = 1\ntest \"a\" { expect one() = 1 }\n");
  write_file(zan_sprintf("%s/b.zan", root), "module b\nimport std.a\nfn two() : int = one() + 1\ntest \"b\" { expect two() = 2 }\n");
  setenv("ZAN_STDLIB", root, 1);
  LoadOptions o = { .library_ok = true };
  Diags d; diags_init(&d, LANG_EN);
  File **files = NULL; int nfiles = 0;
  Program *p = load_policy_files(root, &o, &d, &files, &nfiles);
  if (!p) ck_abort_msg("load failed:\n%s", dump(&d));
  ck_assert_int_eq(nfiles, 2);
  ck_assert_int_eq(p->ntests, 2);
  ck_assert(p->library);
  /* one file of it: its std import loads the sibling once */
  diags_init(&d, LANG_EN);
  p = load_policy_files(zan_sprintf("%s/b.zan", root), &o, &d, &files, &nfiles);
  if (!p) ck_abort_msg("load failed:\n%s", dump(&d));
  ck_assert_int_eq(nfiles, 2);
  /* without library_ok (zan eval): no header is an error */
  o.library_ok = false;
  diags_init(&d, LANG_EN);
  ck_assert_ptr_null(load_policy(root, &o, &d));
  ck_assert_int_eq(first_error(&d)->id, E_NO_POLICY);
  unsetenv("ZAN_STDLIB");
}
END_TEST

/* ---- after syntax errors: the checker still runs, without echoes of the lost text ---- */

static int count_diag(const Diags *d, MsgId id) {
  int n = 0;
  for (const Diag *g = d->first; g; g = g->next) n += g->level == DIAG_ERROR && g->id == id;
  return n;
}

static bool has_unknown_class(const Diags *d) {
  static const MsgId ids[] = { E_UNKNOWN_NAME, E_UNKNOWN_NAME_HINT, E_UNKNOWN_TYPE, E_UNKNOWN_TYPE_HINT,
    E_UNKNOWN_FACT, E_UNKNOWN_FACT_HINT, E_UNKNOWN_FN, E_UNKNOWN_FN_HINT, E_UNKNOWN_OUTPUT,
    E_UNKNOWN_OUTPUT_HINT, E_UNKNOWN_RULE, E_UNKNOWN_RULE_HINT, E_UNKNOWN_ARTICLE, E_NO_SUCH_FACT,
    E_NO_SUCH_FACT_HINT, E_BAD_PLACEHOLDER, E_NO_POLICY, E_NOT_MEMBER, E_NOT_MEMBER_HINT };
  for (size_t i = 0; i < sizeof ids / sizeof ids[0]; i++) if (count_diag(d, ids[i])) return true;
  return false;
}

START_TEST(after_syntax_errors) {
  /* a: a syntax error loses `output fine` and `fact tier`; b uses both, and has a type error */
  const char *names[] = {"a.zan", "b.zan"};
  const char *a = "module a\n"
                  "article \"1\" status official { kk \"x\" ru \"x\" en \"x\" }\n"
                  "output fine : int default 1 + +\n"
                  "fact tier : \n"
                  "output ok : bool default false\n"
                  "policy t alias \"t\" version \"1\"\n";
  const char *b = "module b\nimport a\n"
                  "enum Level { low < high }\n"
                  "rule r1 cites \"1\" when tier = high then fine = 30 explain { kk \"{fine}\" ru \"{fine}\" en \"{fine}\" }\n"
                  "rule r2 cites \"9\" when fin > 1 then ok = 3\n"
                  "exception e1 to r0 cites \"1\" then ok = true\n"
                  "rule r3 cites \"1\" when low then ok = true\n"
                  "rule r4 cites \"1\" when ok and typo(1) and lvl = low\n";
  const char *texts[] = {a, b};
  Diags d;
  ck_assert_ptr_null(run_n(texts, names, 2, &d));
  /* the syntax errors, then every real error: an int for a bool (r2), a Level for a bool
   * (r3), r4's missing `then` (no syntax error fell inside r4) — and no unknown-X echo */
  if (has_unknown_class(&d)) ck_abort_msg("an echo of the lost text was reported:\n%s", dump(&d));
  ck_assert_int_eq(count_diag(&d, E_PARSE_EXPECTED), 2);
  ck_assert_int_eq(count_diag(&d, E_TYPE_MISMATCH), 2);
  ck_assert_int_eq(count_diag(&d, E_PARSE_MISSING_CLAUSE), 1);
  ck_assert_int_eq(d.nerrors, 5);

  /* the same module b without the syntax errors: the unknown names are reported then */
  const char *a2 = "module a\n"
                   "article \"1\" status official { kk \"x\" ru \"x\" en \"x\" }\n"
                   "output ok : bool default false\n";
  const char *texts2[] = {a2, b};
  ck_assert_ptr_null(run_n(texts2, names, 2, &d));
  ck_assert_int_eq(count_diag(&d, E_UNKNOWN_ARTICLE), 1);
  ck_assert_int_eq(count_diag(&d, E_UNKNOWN_OUTPUT), 1);
  ck_assert_int_eq(count_diag(&d, E_UNKNOWN_RULE_HINT), 1);
  ck_assert_int_eq(count_diag(&d, E_UNKNOWN_FN), 1);
  ck_assert_int_eq(count_diag(&d, E_BAD_PLACEHOLDER), 3);
  ck_assert_int_eq(count_diag(&d, E_NO_POLICY), 1);
  ck_assert(count_diag(&d, E_UNKNOWN_NAME) + count_diag(&d, E_UNKNOWN_NAME_HINT) >= 2);
}
END_TEST

/* A rule the parser gave up inside (an unterminated string swallowed its `then`) has no
 * missing-clause error; nor has a policy whose header was lost. */
START_TEST(after_syntax_errors_in_decl) {
  Diags d;
  ck_assert_ptr_null(run("output o : int\nrule r cites \"1\n  then o = 1\n", &d));
  ck_assert_int_eq(d.nerrors, 1);
  ck_assert_int_eq(first_error(&d)->id, E_LEX_UNTERMINATED_STRING);
  ck_assert_ptr_null(run("policy t alias version \"1\"\noutput o : int default \"x\"\n", &d));
  ck_assert_int_eq(count_diag(&d, E_NO_POLICY), 0);
  ck_assert_int_eq(count_diag(&d, E_TYPE_MISMATCH), 1);
  ck_assert_int_eq(d.nerrors, 2);
}
END_TEST

/* A bare enum member that only a lost type could tell apart (two enums have it) is no error
 * of its own: not after an unknown name, nor after a syntax error that lost a fact's type. */
START_TEST(lost_type_silences_members) {
  Diags d;
  const char *enums = "enum Tier { low < medium }\nenum Size { small, medium }\noutput o : bool default false\n";
  ck_assert_ptr_null(run(zan_sprintf("%sconst c : bool = nothing = medium" HEADER, enums), &d));
  ck_assert_int_eq(d.nerrors, 1);
  ck_assert_int_eq(first_error(&d)->id, E_UNKNOWN_NAME);
  ck_assert_ptr_null(run(zan_sprintf("%sfact size : Sise\nconst c : bool = size in {medium, small}\n"
                                     "test \"t\" { given { size = medium } expect o = false }" HEADER, enums), &d));
  ck_assert_int_eq(d.nerrors, 1);
  ck_assert_int_eq(first_error(&d)->id, E_UNKNOWN_TYPE_HINT);
  ck_assert_ptr_null(run(zan_sprintf("%sfact sys {\n  size : \n  id : text\n}\nconst c : bool = sys.size = medium\n"
                                     "test \"t\" { given { sys.size = medium } expect o = false }" HEADER, enums), &d));
  ck_assert_int_eq(d.nerrors, 1);
  ck_assert_int_eq(first_error(&d)->id, E_PARSE_EXPECTED);
  /* still an error where nothing was lost */
  expect_error(zan_sprintf("%sconst c : bool = medium = medium" HEADER, enums), E_AMBIGUOUS_MEMBER, 4, 18);
}
END_TEST

/* The loader: a module with a syntax error, another with a missing import and a type error —
 * all of them reported in one run, no Program. */
START_TEST(load_after_syntax_errors) {
  char root[] = "/tmp/zan_check_synXXXXXX";
  ck_assert_ptr_nonnull(mkdtemp(root));
  write_file(zan_sprintf("%s/a.zan", root), "module a\nconst k : int = (1\n");
  write_file(zan_sprintf("%s/b.zan", root),
             "module b\nimport a\nimport nowhere\npolicy t alias \"t\" version \"1\"\n"
             "output o : int default k + true\nconst j : text = 1\n");
  LoadOptions o = { .library_ok = false };
  Diags d; diags_init(&d, LANG_EN);
  ck_assert_ptr_null(load_policy(root, &o, &d));
  ck_assert_int_eq(count_diag(&d, E_PARSE_EXPECTED), 1);
  ck_assert_int_eq(count_diag(&d, E_NO_MODULE), 1);
  ck_assert_int_eq(count_diag(&d, E_TYPE_MISMATCH), 1);     /* j; `k + true` has the lost k */
  if (has_unknown_class(&d)) ck_abort_msg("an echo of the lost text was reported:\n%s", dump(&d));
  ck_assert_int_eq(d.nerrors, 3);
}
END_TEST

/* ---- lowering ---- */

START_TEST(lower_valid) {
  Program *p = expect_ok(
    "enum Practice { scoring, emotions }\n"
    "fact assessment_date : date\n"
    "fact system {\n"
    "  id : text\n"
    "  caps at \"capabilities\" {\n"
    "    emotions : bool\n"
    "    consent : bool at \"emotion_consent\"\n"
    "  }\n"
    "}\n"
    "output prohibited : set of Practice combine union default {}\n"
    "output must_suspend : bool default false\n"
    "rule emo when system.caps.emotions and not system.caps.consent then prohibited includes emotions\n"
    "rule susp when count(prohibited) > 0 then must_suspend = true\n"
    "exception susp_x to susp when system.id = \"x\" then must_suspend = false\n"
    "policy t alias \"t\" version \"1\" subject system.id as of assessment_date\n");
  ck_assert_int_eq(p->nslots, 4);
  ck_assert_str_eq(p->slots[0]->path, "assessment_date");
  ck_assert_str_eq(p->slots[1]->path, "system.id");
  ck_assert_str_eq(p->slots[2]->path, "system.capabilities.emotions");
  ck_assert_str_eq(p->slots[3]->path, "system.capabilities.emotion_consent");
  ck_assert_int_eq(p->subject_slot, 1);
  ck_assert_int_eq(p->as_of_slot, 0);
  ck_assert_int_eq(p->noutputs, 2);
  ck_assert_int_eq(ir_find_output(p, "must_suspend"), 1);
  ck_assert_int_eq(p->outputs[0].combine, C_UNION);
  ck_assert_int_eq(p->outputs[0].nroots, 1);
  ck_assert_int_eq(p->outputs[1].nroots, 1);
  ck_assert_int_eq(p->outputs[1].roots[0], 1);
  ck_assert_int_eq(p->nrules, 3);
  ck_assert_int_eq(p->rules[2].base, 1);
  ck_assert_int_eq(p->rules[1].nexceptions, 1);
  ck_assert_int_eq(p->rules[1].exceptions[0], 2);
  ck_assert(p->rules[0].includes);
  ck_assert_int_eq(p->rules[0].value->op, X_CONST);
  ck_assert_int_eq(p->rules[0].value->as.k.as.e, 1);
  ck_assert_int_eq(p->rules[0].nfacts_read, 2);
  ck_assert_int_eq(p->rules[0].facts_read[0], 2);
  ck_assert_int_eq(p->rules[0].facts_read[1], 3);
  ck_assert_int_eq(p->nenums, 1);
  ck_assert_int_eq(p->enums[0]->name_rank[0], 1);   /* "emotions" < "scoring" */
  ck_assert_ptr_nonnull(ir_find_fact(p, "system.capabilities", 19, false));
  ck_assert_ptr_null(ir_find_fact(p, "system.caps", 11, false));
  ck_assert_str_eq(p->name, "t");
}
END_TEST

START_TEST(consts_fold_and_inline) {
  Program *p = expect_ok("enum I { a, b, c }\nconst HIGH : set of I = { a, c }\nconst N = 2 + 3\n"
                         "fact f : I\noutput o : bool\noutput n : int\n"
                         "rule r then o = f in HIGH\nrule q then n = N" HEADER);
  ck_assert_int_eq(p->rules[0].value->as.bin.r->op, X_CONST);
  ck_assert_int_eq(p->rules[0].value->as.bin.r->as.k.kind, V_SET);
  ck_assert_int_eq(p->rules[1].value->op, X_ADD);
  expect_error("const A : int = B\nconst B : int = A" HEADER, E_CONST_CYCLE, 2, 17);
}
END_TEST

Suite *suite_check(void) {
  Suite *s = suite_create("check");
  TCase *t = tcase_create("check");
  tcase_add_test(t, unknown_name_hint);
  tcase_add_test(t, contains_member_or_subset);
  tcase_add_test(t, duplicate_with_note);
  tcase_add_test(t, unknown_type_and_output);
  tcase_add_test(t, policy_header_count);
  tcase_add_test(t, imports_and_ambiguity);
  tcase_add_test(t, type_mismatch);
  tcase_add_test(t, enum_members);
  tcase_add_test(t, combine_validity);
  tcase_add_test(t, includes_needs_set);
  tcase_add_test(t, match_exhaustive);
  tcase_add_test(t, promotion_and_records);
  tcase_add_test(t, function_checks);
  tcase_add_test(t, date_part_builtins);
  tcase_add_test(t, library_without_header);
  tcase_add_test(t, required_clauses);
  tcase_add_test(t, output_cycle);
  tcase_add_test(t, exceptions);
  tcase_add_test(t, citations);
  tcase_add_test(t, texts_and_placeholders);
  tcase_add_test(t, header_facts);
  tcase_add_test(t, parameters);
  tcase_add_test(t, tests_givens);
  tcase_add_test(t, several_errors);
  tcase_add_test(t, after_syntax_errors);
  tcase_add_test(t, after_syntax_errors_in_decl);
  tcase_add_test(t, load_after_syntax_errors);
  tcase_add_test(t, lost_type_silences_members);
  tcase_add_test(t, module_name_matches_stem);
  tcase_add_test(t, load_by_alias);
  tcase_add_test(t, text_statuses);
  tcase_add_test(t, statutes);
  tcase_add_test(t, load_stdlib_as_library);
  tcase_add_test(t, lower_valid);
  tcase_add_test(t, consts_fold_and_inline);
  suite_add_tcase(s, t);
  return s;
}
