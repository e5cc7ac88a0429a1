/* test_i18n.c — unit tests of the translators' tools: fingerprints and `from "…"`, text ids,
 * extraction of placeholders/numbers/dates, the checks, glossary stems on inflected forms,
 * the PO writer and reader, and byte-exact source rewriting (lang/author/i18n.c, po.c, rewrite.c). */
#include <check.h>
#include <string.h>
#include <stdlib.h>
#include <unistd.h>
#include "lang/base/alloc.h"
#include "lang/base/buf.h"
#include "lang/parse.h"
#include "lang/author/i18n.h"
#include "lang/author/po.h"
#include "lang/author/rewrite.h"
#include "helpers.h"

static Diags D;

static File *parse(const char *text) {
  diags_init(&D, LANG_EN);
  File *f = parse_file(test_source(text), &D);
  ck_assert_msg(D.nerrors == 0, "parse errors in %s", text);
  return f;
}

static I18nText *texts_of(const char *src, int *n) {
  File *f = parse(src);
  File *fs[1] = { f };
  return i18n_collect(fs, 1, n);
}

/* ---------------------------------------------------------------- fingerprints */

START_TEST(fingerprint_values) {
  char fp[9];
  /* FNV-1a 64 test vectors: "" = cbf29ce484222325, "a" = af63dc4c8601ec8c */
  ck_assert_uint_eq(i18n_fnv1a64("", 0), 0xcbf29ce484222325ULL);
  ck_assert_uint_eq(i18n_fnv1a64("a", 1), 0xaf63dc4c8601ec8cULL);
  i18n_fingerprint("", fp);
  ck_assert_str_eq(fp, "cbf29ce4");
  i18n_fingerprint("a", fp);
  ck_assert_str_eq(fp, "af63dc4c");
  /* NFC: a composed and a decomposed é give one fingerprint */
  char a[9], b[9];
  i18n_fingerprint("caf\xC3\xA9", a);
  i18n_fingerprint("cafe\xCC\x81", b);
  ck_assert_str_eq(a, b);
  ck_assert(i18n_fingerprint_valid("3f2a9c1e"));
  ck_assert(i18n_fingerprint_valid("3F2A9C1E"));
  ck_assert(!i18n_fingerprint_valid("3f2a9c1"));
  ck_assert(!i18n_fingerprint_valid("3f2a9c1g"));
  ck_assert(!i18n_fingerprint_valid(NULL));
}
END_TEST

START_TEST(parse_from_clause) {
  const char *src = "output o : int label { kk \"а\" from \"0011aabb\" ru \"б\", en \"c\" }";
  File *f = parse(src);
  const Texts *t = f->decls.items[0]->as.output.label;
  ck_assert_int_eq(t->n, 3);
  ck_assert_str_eq(t->items[0].fingerprint, "0011aabb");
  ck_assert_int_eq(t->items[0].fp_loc.start, (uint32_t)(strstr(src, "\"0011") - src));
  ck_assert_int_eq(t->items[0].fp_loc.end - t->items[0].fp_loc.start, 10);
  ck_assert_ptr_null(t->items[1].fingerprint);
  ck_assert_ptr_null(t->items[2].fingerprint);
  ck_assert_ptr_nonnull(strstr(ast_dump(f->decls.items[0]), "(kk \"а\" from \"0011aabb\")"));
}
END_TEST

/* ---------------------------------------------------------------- ids */

START_TEST(ids_of_every_kind) {
  int n;
  I18nText *t = texts_of(
    "policy p alias \"p\" version \"1\" subject s as of d title { en \"P\" }\n"
    "article \"17.3.6\" title { en \"T\" } status summary source \"x\" { en \"X\" }\n"
    "enum Practice { social_scoring label { en \"s\" }, other }\n"
    "fact s : text\n"
    "fact d : date label { en \"D\" }\n"
    "fact system { human_role : bool label { en \"r\" } ask { en \"q?\" } }\n"
    "output risk_tier : int label { en \"t\" }\n"
    "output fine : int unit { en \"MCI\" ru \"МРП\" }\n"
    "output fee : int unit \"₸\"\n"   /* one text for every language: nothing to translate */
    "rule emotion_without_consent cites \"17.3.6\" then risk_tier = 1 explain { en \"e\" }\n"
    "parameter mrp : int label { en \"m\" } { 2026-01-01: 1 }\n", &n);
  const char *want[] = { "policy:title", "article:17.3.6:title", "article:17.3.6:text",
    "enum:Practice.social_scoring:label", "fact:d:label", "fact:system.human_role:label",
    "fact:system.human_role:ask", "output:risk_tier:label", "output:fine:unit",
    "rule:emotion_without_consent:explain", "parameter:mrp:label" };
  ck_assert_int_eq(n, 11);
  for (int i = 0; i < n; i++) ck_assert_str_eq(t[i].id, want[i]);
  ck_assert_ptr_nonnull(i18n_find(t, n, "fact:system.human_role:ask"));
  ck_assert_ptr_null(i18n_find(t, n, "fact:system:ask"));
  ck_assert_int_eq(t[0].item[LANG_EN], 0);
  ck_assert_int_eq(t[0].item[LANG_KK], -1);
}
END_TEST

START_TEST(ids_made_unique) {
  Source *a = source_from_string("a.zan", "module a\noutput o : int label { en \"A\" }", 40);
  Source *b = source_from_string("b.zan", "module b\noutput o : int label { en \"B\" }", 40);
  diags_init(&D, LANG_EN);
  File *fs[2] = { parse_file(a, &D), parse_file(b, &D) };
  int n;
  I18nText *t = i18n_collect(fs, 2, &n);
  ck_assert_int_eq(n, 2);
  ck_assert_str_eq(t[0].id, "output:o:label@a");
  ck_assert_str_eq(t[1].id, "output:o:label@b");
}
END_TEST

/* ---------------------------------------------------------------- extraction */

static const char *norms(const char *text, I18nTokKind k) {
  int n;
  I18nTok *t = i18n_extract(text, &n);
  Buf b;
  buf_init(&b);
  for (int i = 0; i < n; i++)
    if (t[i].kind == k) buf_printf(&b, "%s%s", b.len ? " " : "", t[i].norm);
  return b.len ? buf_cstr(&b) : "";
}

START_TEST(extract_tokens) {
  ck_assert_str_eq(norms("{system.name} uses {x} but not {not a placeholder}", I18N_TOK_PLACEHOLDER),
                   "{system.name} {x}");
  ck_assert_str_eq(norms("4,325 tenge; 4 325 тенге; 4\xC2\xA0" "325; 1 000 000; 2025, 230", I18N_TOK_NUMBER),
                   "4325 4325 4325 1000000 2025 230");
  ck_assert_str_eq(norms("0,5 and 0.5 and 17.3.6 and 641-1 and 17(3)(6)", I18N_TOK_NUMBER),
                   "0 5 0 5 17 3 6 641 1 17 3 6");
  ck_assert_str_eq(norms("«17-баптың 3-тармағының 6) тармақшасы»", I18N_TOK_NUMBER), "17 3 6");
  ck_assert_str_eq(norms("подпункт 6) пункта 3 статьи 17", I18N_TOK_NUMBER), "6 3 17");
  ck_assert_str_eq(norms("on 2026-01-18 or 18.01.2026", I18N_TOK_DATE), "2026-01-18 2026-01-18");
  ck_assert_str_eq(norms("published on 18 November 2025 and January 18, 2026", I18N_TOK_DATE),
                   "2025-11-18 2026-01-18");
  ck_assert_str_eq(norms("опубликован 18 ноября 2025 года, с 1 мая 2026", I18N_TOK_DATE), "2025-11-18 2026-05-01");
  ck_assert_str_eq(norms("2025 жылғы 17 қарашадағы Заң; 2024 жылғы шілде", I18N_TOK_DATE), "2025-11-17 2024-07");
  ck_assert_str_eq(norms("the Concept of July 2024", I18N_TOK_DATE), "2024-07");
  /* a date in words leaves no stray numbers behind */
  ck_assert_str_eq(norms("18 January 2026", I18N_TOK_NUMBER), "");
}
END_TEST

/* ---------------------------------------------------------------- the check */

START_TEST(check_findings) {
  char fp[9];
  i18n_fingerprint("Fine {n} MRP from 2026-01-18.", fp);
  const char *src = zan_sprintf(
    "output a : int label {\n"
    "  kk \"Айыппұл {n} АЕК, 2026-01-18 бастап.\" from \"%s\"\n"
    "  ru \"Штраф {m} МРП с 2026-01-18.\" from \"%s\"\n"
    "  en \"Fine {n} MRP from 2026-01-18.\"\n"
    "}\n"
    "output b : int label { ru \"Пять\" from \"00000000\" en \"Five 5\" }\n"
    "output c : int label { kk \"x\" from \"zz\" ru \"x\" en \"x\" }\n", fp, fp);
  int n;
  I18nText *t = texts_of(src, &n);
  Diags d;
  diags_init(&d, LANG_EN);
  I18nCheckOptions o = { NULL, false, -1 };
  int found = i18n_check(t, n, &o, &d);
  ck_assert_int_eq(found, 5);
  /* exact lines, the stale fingerprint computed */
  char fb[9];
  i18n_fingerprint("Five 5", fb);
  const char *want = zan_sprintf(
    "3:6: output:a:label: placeholders differ between the en and ru texts: only in en: {n}; only in ru: {m}\n"
    "  4:6: note: the en text is here\n"
    "6:22: output:b:label: no kk text\n"
    "6:39: output:b:label: the ru text was made from an earlier version of the en text (from \"00000000\", now \"%s\")\n"
    "  6:53: note: the en text is here\n"
    "6:27: output:b:label: numbers or article references differ between the en and ru texts: only in en: 5; only in ru: —\n"
    "  6:53: note: the en text is here\n"
    "7:36: output:c:label: 'zz' is not a fingerprint (8 hexadecimal digits)\n", fb);
  ck_assert_str_eq(diag_lines(&d), want);
  /* --strict: translations without a fingerprint are reported too */
  diags_init(&d, LANG_EN);
  o.strict = true;
  o.only_lang = LANG_RU;
  found = i18n_check(t, n, &o, &d);
  ck_assert_ptr_nonnull(strstr(diag_lines(&d), "7:44: output:c:label: the ru text records no fingerprint"));
  ck_assert_ptr_null(strstr(diag_lines(&d), "kk"));
}
END_TEST

/* ---------------------------------------------------------------- glossary */

static Glossary *gloss(const char *tsv) {
  Source *s = source_from_string("g.tsv", tsv, strlen(tsv));
  Diags d;
  diags_init(&d, LANG_EN);
  Glossary *g = i18n_glossary_parse(s, &d);
  ck_assert_int_eq(d.nerrors, 0);
  return g;
}

static const char *G =
  "kk\tru\ten\n"
  "# comment\n"
  "жасанды интеллект\tискусственный интеллект\tartificial intelligence | AI\n"
  "жасанды интеллект жүйесі\tсистема искусственного интеллекта\tAI system | artificial intelligence system\n"
  "меншік иесі\tсобственник\towner\n"
  "иегер\tвладелец\tpossessor\n"
  "тарау\tглава\tchapter\n"
  "бап\tстатья\tarticle\n"
  "тыйым салынады\tзапрещается\tis prohibited | are prohibited\n"
  "эмоцияларды анықтау\tопределение эмоций\tdetermining emotions\n"
  "қолданысқа енгізу\tвведение в действие\tentry into force | enter into force\n"
  "дербес деректер\tперсональные данные\tpersonal data\n"
  "таңбалау\tмаркировка\tlabelling\n";

static bool used(const Glossary *g, int e, Lang l, const char *text, bool strict) {
  return i18n_term_used(g, e, l, text, strict, NULL, NULL);
}

START_TEST(glossary_inflection) {
  Glossary *g = gloss(G);
  ck_assert_int_eq(g->n, 11);
  ck_assert_str_eq(g->entries[0].forms[LANG_EN][1].text, "AI");
  ck_assert_int_eq(g->entries[1].nforms[LANG_EN], 2);
  /* Russian: case endings, plural, reflexive verbs */
  ck_assert(used(g, 1, LANG_RU, "системами искусственного интеллекта", true));
  ck_assert(used(g, 1, LANG_RU, "Систем Искусственного Интеллекта", true));
  ck_assert(used(g, 2, LANG_RU, "собственником", true));
  ck_assert(!used(g, 2, LANG_RU, "собственностью", true));
  ck_assert(used(g, 3, LANG_RU, "владельца", false));          /* fleeting vowel: loose only */
  ck_assert(used(g, 6, LANG_RU, "запрещаются", false));
  ck_assert(used(g, 9, LANG_RU, "персональных данных", true));
  /* Kazakh: stacked suffixes, possessive, voicing */
  ck_assert(used(g, 1, LANG_KK, "жасанды интеллект жүйелерінің", true));
  ck_assert(used(g, 2, LANG_KK, "меншік иелері", false));
  ck_assert(used(g, 5, LANG_KK, "641-1-бабы", false));
  ck_assert(used(g, 5, LANG_KK, "17-баптың", true));
  ck_assert(!used(g, 4, LANG_KK, "тарату", true));              /* chapter is not "distribute" */
  ck_assert(!used(g, 4, LANG_KK, "таратуға", false));
  ck_assert(used(g, 7, LANG_KK, "эмоцияларын келісімсіз анықтау", false));
  ck_assert(!used(g, 7, LANG_KK, "эмоцияларын келісімсіз анықтау", true));
  ck_assert(used(g, 9, LANG_KK, "дербес деректерді", true));
  ck_assert(used(g, 9, LANG_KK, "дербес дерегі", false));
  ck_assert(used(g, 10, LANG_KK, "таңбаланбаған", false));
  /* English: plurals strict, other forms loose */
  ck_assert(used(g, 2, LANG_EN, "Owners and possessors", true));
  ck_assert(!used(g, 2, LANG_EN, "ownership", true));
  ck_assert(used(g, 8, LANG_EN, "The Law entered into force sixty days after", false));
  ck_assert(used(g, 7, LANG_EN, "determining a person's emotions", false));
  ck_assert(used(g, 10, LANG_EN, "label synthetic results", false));
  ck_assert(!used(g, 10, LANG_EN, "label synthetic results", true));
  /* a placeholder's name is not a use of a term */
  ck_assert(!used(g, 2, LANG_EN, "declared by {system.owner}", true));
  size_t off, len;
  ck_assert(i18n_term_used(g, 1, LANG_EN, "The AI systems.", true, &off, &len));
  ck_assert_int_eq(off, 4);
  ck_assert_int_eq(len, 10);
}
END_TEST

START_TEST(glossary_check_directions) {
  Glossary *g = gloss(G);
  int n;
  I18nText *t = texts_of(
    "output a : int label {\n"
    "  kk \"Жүйенің меншік иесі\"\n"
    "  ru \"Владелец системы искусственного интеллекта\"\n"
    "  en \"The owner of the AI system\"\n"
    "}\n", &n);
  Diags d;
  diags_init(&d, LANG_EN);
  I18nCheckOptions o = { g, false, -1 };
  int found = i18n_check(t, n, &o, &d);
  /* kk lacks "AI system"; ru lacks "собственник"; ru uses "владелец" the en text lacks */
  ck_assert_str_eq(diag_lines(&d),
    "2:6: output:a:label: the en text uses the glossary term 'AI system' but the kk text lacks the approved term 'жасанды интеллект жүйесі'\n"
    "  4:24: note: the en text uses 'AI system' here\n"
    "3:6: output:a:label: the en text uses the glossary term 'owner' but the ru text lacks the approved term 'собственник'\n"
    "  4:11: note: the en text uses 'owner' here\n"
    "4:6: output:a:label: the ru text uses the glossary term 'Владелец' but the en text lacks the approved term 'possessor'\n"
    "  3:7: note: the ru text uses 'Владелец' here\n");
  ck_assert_int_eq(found, 3);
}
END_TEST

START_TEST(glossary_bad_line) {
  const char *tsv = "kk\tru\ten\nа\tб\n";
  Source *s = source_from_string("g.tsv", tsv, strlen(tsv));
  Diags d;
  diags_init(&d, LANG_EN);
  i18n_glossary_parse(s, &d);
  ck_assert_int_eq(d.nerrors, 1);
  int line, col;
  source_linecol(s, d.first->loc.start, &line, &col);
  ck_assert_int_eq(line, 2);
}
END_TEST

/* ---------------------------------------------------------------- PO */

static PoFile *po(const char *text, Diags *d) {
  Source *s = source_from_string("t.po", text, strlen(text));
  diags_init(d, LANG_EN);
  return po_parse(s, d);
}

START_TEST(po_round_trip) {
  Buf b;
  buf_init(&b);
  PoEntry h = { 0 };
  h.id = "";
  h.str = "Language: kk\nContent-Type: text/plain; charset=UTF-8\n";
  po_write_entry(&b, &h);
  PoEntry e = { 0 };
  e.ctxt = "article:1:text";
  e.id = "Line one \"quoted\"\nline two\\ with\ttab\n";
  e.str = "Бірінші жол\nекінші\x01";
  e.fuzzy = true;
  e.reference = "a.zan:3";
  po_write_entry(&b, &e);
  const char *text = buf_cstr(&b);
  ck_assert_ptr_nonnull(strstr(text,
    "#: a.zan:3\n#, fuzzy\nmsgctxt \"article:1:text\"\nmsgid \"\"\n\"Line one \\\"quoted\\\"\\n\"\n"
    "\"line two\\\\ with\\ttab\\n\"\nmsgstr \"\"\n\"Бірінші жол\\n\"\n\"екінші\\001\"\n"));
  Diags d;
  PoFile *f = po(text, &d);
  ck_assert_msg(f != NULL, "%s", diag_lines(&d));
  ck_assert_int_eq(f->n, 2);
  ck_assert_str_eq(f->language, "kk");
  ck_assert_str_eq(f->charset, "UTF-8");
  ck_assert_str_eq(f->entries[1].ctxt, e.ctxt);
  ck_assert_str_eq(f->entries[1].id, e.id);
  ck_assert_str_eq(f->entries[1].str, e.str);
  ck_assert(f->entries[1].fuzzy);
  ck_assert(!f->entries[0].fuzzy);
}
END_TEST

/* #| msgid: the previous source, line by line after "#| ", before msgctxt; the reader skips it */
START_TEST(po_previous_msgid) {
  Buf b;
  buf_init(&b);
  PoEntry e = { 0 };
  e.ctxt = "article:1:text";
  e.id = "new";
  e.str = "жаңа";
  e.fuzzy = true;
  e.previous = "old one\nold two";
  po_write_entry(&b, &e);
  ck_assert_str_eq(buf_cstr(&b), "#, fuzzy\n#| msgid \"\"\n#| \"old one\\n\"\n#| \"old two\"\n"
                                 "msgctxt \"article:1:text\"\nmsgid \"new\"\nmsgstr \"жаңа\"\n\n");
  Diags d;
  PoFile *f = po(buf_cstr(&b), &d);
  ck_assert_msg(f != NULL, "%s", diag_lines(&d));
  ck_assert_int_eq(f->n, 1);
  ck_assert_str_eq(f->entries[0].id, "new");
  ck_assert(f->entries[0].fuzzy);
}
END_TEST

/* The direction: an article text with an official text is translated from it (the first
 * official one); everything else from English. The store of previous sources round-trips. */
START_TEST(direction_and_store) {
  int n;
  I18nText *t = texts_of("article \"1\" status unofficial_translation title { ru \"Т\" en \"T\" } {\n"
                         "  en \"e\"\n  kk status official \"k\"\n  ru status official \"r\"\n}\n"
                         "article \"2\" status official { kk \"k\" ru \"r\" en \"e\" }\n"
                         "article \"3\" { kk \"k\" ru \"r\" en \"e\" }\n", &n);
  ck_assert_int_eq(n, 4);
  ck_assert_str_eq(t[0].id, "article:1:title");
  ck_assert_int_eq(t[0].source, LANG_EN);                 /* titles take no status: from English */
  ck_assert_int_eq(t[1].source, LANG_KK);                 /* the first official text written */
  ck_assert(t[1].official[LANG_KK] && t[1].official[LANG_RU] && !t[1].official[LANG_EN]);
  ck_assert(i18n_is_translation(&t[1], LANG_EN));
  ck_assert(!i18n_is_translation(&t[1], LANG_RU) && !i18n_is_translation(&t[1], LANG_KK));
  ck_assert_str_eq(i18n_source(&t[1])->text, "k");
  ck_assert_int_eq(t[2].source, LANG_KK);                 /* the article's status is the default */
  ck_assert(!i18n_is_translation(&t[2], LANG_EN));
  ck_assert_int_eq(t[3].source, LANG_EN);
  ck_assert(i18n_is_translation(&t[3], LANG_RU) && i18n_is_translation(&t[3], LANG_KK));
  /* the store: sorted by fingerprint, escapes round-trip, one text per fingerprint */
  I18nStore s = { 0 };
  i18n_store_put(&s, "b\tc\\d\ne");
  i18n_store_put(&s, "a");
  i18n_store_put(&s, "a");
  ck_assert_int_eq(s.n, 2);
  ck_assert(s.changed);
  char fa[9], fb[9];
  i18n_fingerprint("a", fa);
  i18n_fingerprint("b\tc\\d\ne", fb);
  const char *text = i18n_store_format(&s);
  const char *want = strcmp(fa, fb) < 0 ? zan_sprintf("%s\ta\n%s\tb\\tc\\\\d\\ne\n", fa, fb)
                                        : zan_sprintf("%s\tb\\tc\\\\d\\ne\n%s\ta\n", fb, fa);
  ck_assert_str_eq(text, want);
  char path[] = "/tmp/zan_storeXXXXXX";
  int fd = mkstemp(path);
  ck_assert_int_ge(fd, 0);
  ck_assert_int_eq(write(fd, text, strlen(text)), (ssize_t)strlen(text));
  close(fd);
  const char *err = NULL;
  I18nStore *r = i18n_store_read(path, &err);
  ck_assert_ptr_nonnull(r);
  ck_assert_str_eq(i18n_store_get(r, fb), "b\tc\\d\ne");
  ck_assert_str_eq(i18n_store_get(r, fa), "a");
  ck_assert_ptr_null(i18n_store_get(r, "00000000"));
  unlink(path);
  r = i18n_store_read(path, &err);                        /* missing: empty, no error */
  ck_assert_ptr_nonnull(r);
  ck_assert_int_eq(r->n, 0);
}
END_TEST

START_TEST(po_reader_details) {
  Diags d;
  PoFile *f = po(
    "# translator comment\n"
    "#, c-format, fuzzy\n"
    "msgctxt \"a\"\n"
    "msgid \"x\"\n"
    "msgstr \"\\x41\\102\"\n"
    "\n"
    "msgctxt \"b\"\n"
    "msgid \"y\"\n"
    "msgstr \"\"\n"
    "  \"Y\"\n"
    "#| msgid \"old\"\n"
    "msgctxt \"c\"\n"
    "msgid \"z\"\n"
    "msgstr \"Z\"\n"
    "#~ msgctxt \"gone\"\n"
    "#~ msgid \"q\"\n"
    "#~ msgstr \"Q\"\n", &d);
  ck_assert_msg(f != NULL, "%s", diag_lines(&d));
  ck_assert_int_eq(f->n, 3);
  ck_assert(f->entries[0].fuzzy);
  ck_assert_str_eq(f->entries[0].str, "AB");
  ck_assert(!f->entries[1].fuzzy);
  ck_assert_str_eq(f->entries[1].str, "Y");
  ck_assert(!f->entries[2].fuzzy);
  ck_assert_str_eq(f->entries[2].ctxt, "c");
}
END_TEST

START_TEST(po_reader_errors) {
  Diags d;
  ck_assert_ptr_null(po("msgid \"a\"\nmsgstr \"b\\q\"\n", &d));
  ck_assert_str_eq(diag_lines(&d), "2:10: unknown escape '\\q' in a PO string\n");
  ck_assert_ptr_null(po("msgid \"a\"\nmsgstr \"b\n", &d));
  ck_assert_str_eq(diag_lines(&d), "2:8: PO string not closed before the end of the line\n");
  ck_assert_ptr_null(po("msgid \"a\"\nmsgstr \"b\" x\n", &d));
  ck_assert_str_eq(diag_lines(&d), "2:12: expected the end of the line, found 'x'\n");
  ck_assert_ptr_null(po("msgid \"a\"\nmsgstring \"b\"\n", &d));
  ck_assert_str_eq(diag_lines(&d), "2:1: expected msgctxt, msgid, msgstr or a # comment, found 'msgstring'\n");
  ck_assert_ptr_null(po("msgctxt \"a\"\nmsgid \"a\"\n", &d));
  ck_assert_str_eq(diag_lines(&d), "1:1: expected msgstr, found the next entry\n");
  ck_assert_ptr_null(po("msgid \"\xff\"\nmsgstr \"\"\n", &d));
  ck_assert_str_eq(diag_lines(&d), "1:8: the PO file is not valid UTF-8 here\n");
}
END_TEST

/* ---------------------------------------------------------------- rewriting */

static const char *apply(RwEdits *e) {
  size_t n;
  char *s = rw_apply(e, &n);
  ck_assert_ptr_nonnull(s);
  return s;
}

START_TEST(rewrite_byte_exact) {
  const char *src =
    "-- a comment \"kept\"\n"
    "output a : int label {\n"
    "  kk \"ескі\"   -- old\n"
    "  ru \"старый\" from \"00000000\"\n"
    "  en \"old\"\n"
    "}\n"
    "output b : int label { ru \"б\" en \"b\" }\n"
    "output c : int label { en \"c\" }\n"
    "output d : int label {}\n";
  int n;
  I18nText *t = texts_of(src, &n);
  ck_assert_int_eq(n, 4);
  RwEdits e;
  rw_init(&e, t[0].file->src, t[0].file->keyword_set);
  ck_assert_str_eq(apply(&e), src);                       /* no edits: identical */
  rw_set_translation(&e, &t[0], LANG_KK, "жаңа \"тырнақша\" \\ жол\nекінші", "11111111");
  rw_set_translation(&e, &t[0], LANG_RU, NULL, "22222222");
  rw_set_translation(&e, &t[1], LANG_KK, "бі", "33333333");
  rw_set_translation(&e, &t[2], LANG_RU, "си", NULL);
  rw_set_translation(&e, &t[3], LANG_KK, "д", "44444444");
  ck_assert_str_eq(apply(&e),
    "-- a comment \"kept\"\n"
    "output a : int label {\n"
    "  kk \"жаңа \\\"тырнақша\\\" \\\\ жол\nекінші\" from \"11111111\"   -- old\n"
    "  ru \"старый\" from \"22222222\"\n"
    "  en \"old\"\n"
    "}\n"
    "output b : int label { kk \"бі\" from \"33333333\" ru \"б\" en \"b\" }\n"
    "output c : int label { ru \"си\" en \"c\" }\n"
    "output d : int label { kk \"д\" from \"44444444\" }\n");
  /* the rewritten file parses back to the texts written */
  const char *out = apply(&e);
  int m;
  I18nText *u = texts_of(out, &m);
  ck_assert_str_eq(i18n_item(&u[0], LANG_KK)->text, "жаңа \"тырнақша\" \\ жол\nекінші");
  ck_assert_str_eq(i18n_item(&u[0], LANG_KK)->fingerprint, "11111111");
  ck_assert_str_eq(i18n_item(&u[3], LANG_KK)->text, "д");
}
END_TEST

START_TEST(rewrite_insert_on_own_line) {
  const char *src =
    "output a : int label {\n"
    "    ru \"р\"\n"
    "    en \"e\"\n"
    "}\n";
  int n;
  I18nText *t = texts_of(src, &n);
  RwEdits e;
  rw_init(&e, t[0].file->src, t[0].file->keyword_set);
  rw_set_translation(&e, &t[0], LANG_KK, "к", "55555555");
  ck_assert_str_eq(apply(&e),
    "output a : int label {\n"
    "    kk \"к\" from \"55555555\"\n"
    "    ru \"р\"\n"
    "    en \"e\"\n"
    "}\n");
  const char *src2 = "output a : int label {\n  en \"e\"\n}\n";
  t = texts_of(src2, &n);
  rw_init(&e, t[0].file->src, t[0].file->keyword_set);
  rw_set_translation(&e, &t[0], LANG_RU, "р", NULL);
  ck_assert_str_eq(apply(&e), "output a : int label {\n  ru \"р\"\n  en \"e\"\n}\n");
  ck_assert_str_eq(rw_quote("a\"b\\c\nd\te"), "\"a\\\"b\\\\c\nd\te\"");
}
END_TEST

Suite *suite_i18n(void) {
  Suite *s = suite_create("i18n");
  TCase *c = tcase_create("i18n");
  tcase_add_test(c, fingerprint_values);
  tcase_add_test(c, parse_from_clause);
  tcase_add_test(c, ids_of_every_kind);
  tcase_add_test(c, ids_made_unique);
  tcase_add_test(c, extract_tokens);
  tcase_add_test(c, check_findings);
  tcase_add_test(c, glossary_inflection);
  tcase_add_test(c, glossary_check_directions);
  tcase_add_test(c, glossary_bad_line);
  tcase_add_test(c, po_round_trip);
  tcase_add_test(c, po_reader_details);
  tcase_add_test(c, po_reader_errors);
  tcase_add_test(c, po_previous_msgid);
  tcase_add_test(c, direction_and_store);
  tcase_add_test(c, rewrite_byte_exact);
  tcase_add_test(c, rewrite_insert_on_own_line);
  suite_add_tcase(s, c);
  return s;
}
