/* test_query.c — unit tests of the names of a policy as written (lang/query.c, query_lex.c):
 * declarations, every use resolved to them (fact path segments, enum members, locals, cites,
 * placeholders, imports), "what is at offset X", and the lexical view. */
#include <check.h>
#include <string.h>
#include "lang/base/alloc.h"
#include "lang/parse.h"
#include "lang/query.h"
#include "helpers.h"

static const char *const MAIN =
  "policy p\n  version \"1\"\n  subject app.id\n\n"
  "article \"1\" status summary source \"x\" {\n  en \"A.\"\n}\n\n"
  "enum Tier { low < high }\n"
  "fact app {\n  id : text\n  caps {\n    consent : bool\n  }\n  tier : Tier\n}\n\n"
  "output ok : bool default false\n"
  "fn both(a : bool, b : bool) : bool = a and b\n\n"
  "rule r cites \"1\"\n  when both(app.caps.consent, app.tier = high) and any t in {low} : t = Tier.low\n"
  "  then ok = true\n  explain { en \"{app.caps.consent} gives {ok}\" }\n\n"
  "exception e to r cites \"1\"\n  when not app.caps.consent\n  then ok = false\n";

static QueryIndex *index_of(const char *text, File **out) {
  Diags d;
  diags_init(&d, LANG_EN);
  File *f = parse_file(test_source(text), &d);
  ck_assert_msg(d.nerrors == 0, "%s", diag_lines(&d));
  File **files = ZAN_NEWN(File *, 1);
  files[0] = f;
  if (out) *out = f;
  return query_build(files, 1, NULL);
}

/* The place at the nth occurrence of needle (+delta bytes). */
static const QRef *at(QueryIndex *q, File *f, const char *needle, int nth, int delta) {
  const char *t = f->src->text, *p = t - 1;
  for (int i = 0; i <= nth; i++) { p = strstr(p + 1, needle); ck_assert_msg(p != NULL, "no %s", needle); }
  return query_at(q, f->src, (uint32_t)(p - t + delta));
}

static int uses(QueryIndex *q, const QSym *s) {
  Vec v = { 0 };
  query_refs(q, s, &v);
  return v.n;
}

START_TEST(test_facts_each_segment) {
  File *f;
  QueryIndex *q = index_of(MAIN, &f);
  const QRef *r = at(q, f, "app.caps.consent", 0, 10);
  ck_assert_ptr_nonnull(r);
  ck_assert_int_eq(r->sym->kind, QK_FACT);
  ck_assert_str_eq(r->sym->name, "app.caps.consent");
  ck_assert(!r->is_decl);
  ck_assert_ptr_eq(r->sym, query_find(q, QK_FACT, "app.caps.consent"));
  /* the group segment names the group */
  r = at(q, f, "app.caps.consent", 0, 5);
  ck_assert_str_eq(r->sym->name, "app.caps");
  /* declaration, two uses in conditions and one placeholder */
  ck_assert_int_eq(uses(q, query_find(q, QK_FACT, "app.caps.consent")), 4);
  r = at(q, f, "{app.caps.consent}", 0, 12);
  ck_assert_str_eq(r->sym->name, "app.caps.consent");
}
END_TEST

START_TEST(test_other_names) {
  File *f;
  QueryIndex *q = index_of(MAIN, &f);
  const QRef *r = at(q, f, "ok = true", 0, 0);
  ck_assert_int_eq(r->sym->kind, QK_OUTPUT);
  ck_assert_int_eq(uses(q, r->sym), 4);                 /* declaration, two rules, a placeholder */
  r = at(q, f, "to r", 0, 3);
  ck_assert_int_eq(r->sym->kind, QK_RULE);
  ck_assert_str_eq(r->sym->name, "r");
  r = at(q, f, "cites \"1\"", 0, 7);
  ck_assert_int_eq(r->sym->kind, QK_ARTICLE);
  ck_assert_int_eq(uses(q, r->sym), 3);
  r = at(q, f, "= high", 0, 3);
  ck_assert_int_eq(r->sym->kind, QK_MEMBER);
  ck_assert_str_eq(r->sym->name, "high");
  r = at(q, f, "Tier.low", 0, 6);
  ck_assert_int_eq(r->sym->kind, QK_MEMBER);
  ck_assert_int_eq(uses(q, r->sym), 3);                 /* declaration, {low}, Tier.low */
  r = at(q, f, "both(app", 0, 1);
  ck_assert_int_eq(r->sym->kind, QK_FN);
  /* locals: a function's parameter and a quantifier's variable */
  r = at(q, f, "a and b", 0, 0);
  ck_assert_int_eq(r->sym->kind, QK_LOCAL);
  ck_assert_int_eq(uses(q, r->sym), 2);
  r = at(q, f, "t = Tier", 0, 0);
  ck_assert_int_eq(r->sym->kind, QK_LOCAL);
  ck_assert_int_eq(uses(q, r->sym), 2);
  ck_assert_ptr_null(query_at(q, f->src, 0));           /* `policy`: a keyword, no name */
}
END_TEST

START_TEST(test_modules_and_files) {
  Diags d;
  diags_init(&d, LANG_EN);
  File **files = ZAN_NEWN(File *, 2);
  const char *fa = "fact a {\n  b : bool\n}\n";
  files[0] = parse_file(source_from_string("dir/facts.zan", fa, strlen(fa)), &d);
  const char *m = "import facts\noutput o : bool default false\nrule r when a.b then o = true\n";
  files[1] = parse_file(source_from_string("dir/main.zan", m, strlen(m)), &d);
  ck_assert_int_eq(d.nerrors, 0);
  QueryIndex *q = query_build(files, 2, NULL);
  const QRef *r = query_at(q, files[1]->src, 8);
  ck_assert_int_eq(r->sym->kind, QK_MODULE);
  ck_assert_str_eq(r->sym->name, "facts");
  ck_assert_int_eq(r->sym->file, 0);
  r = query_at(q, files[1]->src, (uint32_t)(strstr(m, "a.b") - m + 2));
  ck_assert_str_eq(r->sym->name, "a.b");
  ck_assert_ptr_eq(r->sym->loc.src, files[0]->src);
  ck_assert_int_eq(query_file_of(q, files[1]->src), 1);
}
END_TEST

START_TEST(test_lexical_view) {
  const char *t = "-- zan: keywords ru\nправило r согласно \"1\" когда a\n  то x = 12 -- c\n";
  int n = 0;
  QToken *k = query_tokens(test_source(t), &n);
  ck_assert_int_eq(n, 11);                              /* 2 comments, 4 keywords, 3 names, text, number */
  ck_assert_int_eq(k[0].cls, QT_COMMENT);
  ck_assert_int_eq(k[1].cls, QT_KEYWORD);
  ck_assert_int_eq(k[4].cls, QT_STRING);
  ck_assert_int_eq(k[9].cls, QT_NUMBER);
  ck_assert_int_eq(k[10].cls, QT_COMMENT);
  for (int i = 1; i < n; i++) ck_assert_uint_le(k[i - 1].end, k[i].start);
  ck_assert_str_eq(query_keyword("согласно", strlen("согласно"), 1), "cites");
  ck_assert_ptr_null(query_keyword("согласно", strlen("согласно"), 0));
  const char *en = NULL;
  ck_assert_int_eq(query_keyword_other_set("ереже", strlen("ереже"), 0, &en), 2);
  ck_assert_str_eq(en, "rule");
  ck_assert_int_eq(query_keyword_other_set("rule", 4, 0, &en), -1);
}
END_TEST

/* `unmet when F intersects FN` names an output and a function: both are uses (rename, references) */
START_TEST(test_unmet_clause_names) {
  File *f;
  QueryIndex *q = index_of("enum D { a }\noutput fs : set of D\noutput ds : set of D\n"
                           "  unmet when fs intersects shows\nfn shows(d : D) : set of D = {}\n", &f);
  const QRef *r = at(q, f, "fs intersects", 0, 0);
  ck_assert_ptr_nonnull(r);
  ck_assert_int_eq(r->sym->kind, QK_OUTPUT);
  ck_assert_str_eq(r->sym->name, "fs");
  r = at(q, f, "shows", 0, 1);
  ck_assert_ptr_nonnull(r);
  ck_assert_int_eq(r->sym->kind, QK_FN);
  ck_assert_int_eq(uses(q, query_find(q, QK_FN, "shows")), 2);   /* the clause and the declaration */
}
END_TEST

Suite *suite_query(void) {
  Suite *s = suite_create("query");
  TCase *tc = tcase_create("core");
  tcase_add_test(tc, test_facts_each_segment);
  tcase_add_test(tc, test_other_names);
  tcase_add_test(tc, test_modules_and_files);
  tcase_add_test(tc, test_lexical_view);
  tcase_add_test(tc, test_unmet_clause_names);
  suite_add_tcase(s, tc);
  return s;
}
