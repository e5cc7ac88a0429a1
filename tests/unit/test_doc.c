/* test_doc.c — unit tests of `zan doc` (interp/doc*.c): stable names, HTML escaping, article
 * ids in reading order, what a citation covers, a statute file read into chapters, articles
 * and paragraphs, and the site of tests/doc/policy (run from tests/). */
#include <check.h>
#include <string.h>
#include "lang/base/alloc.h"
#include "lang/base/buf.h"
#include "lang/load.h"
#include "interp/doc_impl.h"

START_TEST(test_slug) {
  ck_assert_str_eq(doc_slug("17.3.6"), "17.3.6");
  ck_assert_str_eq(doc_slug("adult_loan"), "adult__loan");
  ck_assert_str_eq(doc_slug("koap:641-1"), "koap_3a641-1");
  ck_assert_str_eq(doc_slug("Қ a"), "_d2_9a_20a");
  ck_assert_str_eq(doc_slug(""), "");
  /* distinct names stay distinct: "_" and the escape of another byte never meet */
  ck_assert_str_ne(doc_slug("a_3a"), doc_slug("a:"));
}
END_TEST

START_TEST(test_escape) {
  Buf b;
  buf_init(&b);
  html_esc(&b, "<a href=\"x\">&'</a>");
  ck_assert_str_eq(buf_cstr(&b), "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;");
  buf_clear(&b);
  html_esc_n(&b, "a\x01\tb\x7f", 5);
  ck_assert_str_eq(buf_cstr(&b), "a\\x01\tb\\x7f");
  buf_clear(&b);
  html_esc(&b, "Заң «ҚР»");     /* UTF-8 passes as it is */
  ck_assert_str_eq(buf_cstr(&b), "Заң «ҚР»");
}
END_TEST

START_TEST(test_id_order) {
  ck_assert_int_lt(doc_id_cmp("9", "10"), 0);
  ck_assert_int_lt(doc_id_cmp("1.4", "1.15"), 0);
  ck_assert_int_lt(doc_id_cmp("17.3", "17.3.1"), 0);
  ck_assert_int_gt(doc_id_cmp("17.3.10", "17.3.9"), 0);
  ck_assert_int_eq(doc_id_cmp("641-1", "641-1"), 0);
  ck_assert_int_lt(doc_id_cmp("641-1", "641-2"), 0);
  ck_assert_int_lt(doc_id_cmp("human-review", "mrp"), 0);
}
END_TEST

START_TEST(test_cover) {
  ck_assert_int_eq(doc_cover_of("17.3", "17.3"), COV_FULL);
  ck_assert_int_eq(doc_cover_of("17", "17.3.6"), COV_FULL);      /* the whole article */
  ck_assert_int_eq(doc_cover_of("17.3.6", "17.3"), COV_PART);    /* one sub-paragraph of it */
  ck_assert_int_eq(doc_cover_of("17.31", "17.3"), COV_NONE);
  ck_assert_int_eq(doc_cover_of("1", "17"), COV_NONE);
  ck_assert_int_eq(doc_cover_of("17.3", "17.4"), COV_NONE);
}
END_TEST

static const char statute[] =
  "<!-- a note\n that spans lines -->\n"
  "The Act\n"
  "## Chapter 1. First\n"
  "### Article 1. Terms\n"
  "In this Act:\n"
  "1) one;\n"
  "\n"
  "2) two <!-- inline --> too.\n"
  "### Article 2. Rules\n"
  "1. First paragraph:\n"
  "1) its item;\n"
  "Closing words of the paragraph.\n"
  "2. Second.\n"
  "## Chapter 2. Last\n"
  "### Статья 641-1. Другое\n"
  "Text.\n";

START_TEST(test_read_statute) {
  DocStatute st = { .act = "A", .lang = "en", .path = "s.md" };
  doc_read_statute(&st, statute, sizeof statute - 1);
  ck_assert_int_eq(st.nchapters, 2);
  ck_assert_str_eq(st.chapters[1], "Chapter 2. Last");
  ck_assert_int_eq(st.narticles, 3);
  const DocStatArticle *a = &st.articles[0];
  ck_assert_str_eq(a->num, "1");
  ck_assert_int_eq(a->chapter, 0);
  ck_assert_int_eq(a->nblocks, 3);
  ck_assert_str_eq(a->blocks[0].id, "1");
  ck_assert_int_eq(a->blocks[0].depth, 0);
  ck_assert_str_eq(a->blocks[1].id, "1.1");       /* an item of an article without paragraphs */
  ck_assert_int_eq(a->blocks[1].depth, 1);
  ck_assert_str_eq(a->blocks[2].text, "2) two  too.");
  a = &st.articles[1];
  ck_assert_int_eq(a->nblocks, 4);
  ck_assert_str_eq(a->blocks[0].id, "2.1");
  ck_assert_str_eq(a->blocks[1].id, "2.1.1");
  ck_assert_int_eq(a->blocks[1].depth, 2);
  ck_assert_str_eq(a->blocks[2].id, "2.1");       /* text after the items: still paragraph 1 */
  ck_assert_str_eq(a->blocks[3].id, "2.2");
  a = &st.articles[2];
  ck_assert_str_eq(a->num, "641-1");
  ck_assert_str_eq(a->heading, "Статья 641-1. Другое");
  ck_assert_int_eq(a->chapter, 1);
}
END_TEST

static const DocPage *page(const DocSite *s, const char *name) {
  for (int i = 0; i < s->n; i++)
    if (strcmp(s->pages[i].name, name) == 0) return &s->pages[i];
  return NULL;
}

START_TEST(test_site) {
  Diags d;
  diags_init(&d, LANG_EN);
  LoadOptions lo = { .library_ok = true };
  File **files = NULL;
  int nfiles = 0;
  Program *p = load_policy_files("doc/policy", &lo, &d, &files, &nfiles);
  ck_assert_ptr_nonnull(p);
  TestRunOptions o = { .lang = LANG_EN, .today = date_from_ymd(2026, 3, 1) };
  TestReport *t = testrun_policy(p, &o);
  DocSite *s = doc_build(p, files, nfiles, t, LANG_RU);
  ck_assert_str_eq(s->pages[0].name, "index.html");
  const DocPage *a1 = page(s, "A1-1.html");
  ck_assert_ptr_nonnull(a1);
  ck_assert_ptr_nonnull(strstr(a1->data, "<html lang=\"ru\">"));
  ck_assert_ptr_nonnull(strstr(a1->data, "id=\"p-1.2\" class=\"d1 cov-none\""));
  ck_assert_ptr_nonnull(strstr(a1->data, "не закодировано ни одним правилом"));
  ck_assert_ptr_nonnull(page(s, "A1-2.html"));
  ck_assert_ptr_nonnull(page(s, "act-other.html"));
  ck_assert_ptr_nonnull(page(s, "zan-doc.css"));
  /* the same inputs, the same bytes */
  DocSite *again = doc_build(p, files, nfiles, t, LANG_RU);
  ck_assert_int_eq(again->n, s->n);
  for (int i = 0; i < s->n; i++) {
    ck_assert_str_eq(again->pages[i].name, s->pages[i].name);
    ck_assert_uint_eq(again->pages[i].len, s->pages[i].len);
    ck_assert(memcmp(again->pages[i].data, s->pages[i].data, s->pages[i].len) == 0);
  }
}
END_TEST

Suite *suite_doc(void) {
  Suite *s = suite_create("doc");
  TCase *tc = tcase_create("doc");
  tcase_add_test(tc, test_slug);
  tcase_add_test(tc, test_escape);
  tcase_add_test(tc, test_id_order);
  tcase_add_test(tc, test_cover);
  tcase_add_test(tc, test_read_statute);
  tcase_add_test(tc, test_site);
  suite_add_tcase(s, tc);
  return s;
}
