/* test_messages.c — the message catalogue is complete in kk, ru and en: every MsgId has a
 * Russian and a Kazakh text whose printf conversions are the English ones, in order. */
#include <check.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "lang/base/alloc.h"
#include "lang/base/buf.h"
#include "lang/base/diag.h"
#include "lang/base/messages.h"
#include "lang/base/source.h"
#include "lang/base/utf8.h"
#include "lang/parse.h"
#include "lang/check.h"
#include "interp/facts.h"

/* The printf conversions of fmt, each written out whole ("%s", "%.*s", "%04X", "%zu"),
 * joined by spaces into out; "%%" takes no argument and is skipped. Returns false (with
 * *bad the offset) when a '%' does not start a complete conversion: the code passes
 * arguments by the English conversions, so a broken one in a translation would read
 * arguments that are not there. */
static bool conversions(const char *fmt, Buf *out, size_t *bad) {
  buf_clear(out);
  for (const char *p = fmt; *p; p++) {
    if (*p != '%') continue;
    const char *start = p++;
    if (*p == '%') continue;
    while (*p && strchr("-+ #0'", *p)) p++;                   /* flags */
    if (*p == '*') p++; else while (*p >= '0' && *p <= '9') p++;   /* width */
    if (*p == '.') {                                          /* precision */
      p++;
      if (*p == '*') p++; else while (*p >= '0' && *p <= '9') p++;
    }
    if ((p[0] == 'h' && p[1] == 'h') || (p[0] == 'l' && p[1] == 'l')) p += 2;   /* length */
    else if (*p && strchr("hlLqjzt", *p)) p++;
    if (!*p || !strchr("diouxXeEfFgGaAcspn", *p)) { *bad = (size_t)(start - fmt); return false; }
    if (out->len) buf_push(out, ' ');
    buf_append(out, start, (size_t)(p - start + 1));
  }
  return true;
}

/* Whether s holds a Cyrillic letter (U+0400..U+04FF). */
static bool has_cyrillic(const char *s) {
  const unsigned char *p = (const unsigned char *)s;
  size_t n = strlen(s);
  for (size_t i = 0; i < n;) {
    int32_t cp;
    int k = p[i] < 0x80 ? (cp = p[i], 1) : utf8_decode(p + i, n - i, &cp);
    if (k <= 0) { i++; continue; }
    if (cp >= 0x400 && cp <= 0x4FF) return true;
    i += (size_t)k;
  }
  return false;
}

/* Whether the English text has prose to translate: an English word outside quotes, code
 * spans and conversions ("%s" and "YAML: %s" have none; they may stay as they are). */
static bool has_prose(const char *en) {
  static const char *const words[] = { "a", "an", "the", "is", "not", "no", "of", "in", "to",
    "and", "or", "has", "here", "expected", "found", "unknown", "cannot", "must", "needs", NULL };
  char word[32];
  size_t n = 0;
  char quote = 0;
  for (const char *p = en;; p++) {
    char c = *p;
    if (quote) { if (c == quote || !c) quote = 0; if (!c) break; continue; }
    if (c == '\'' || c == '`' || c == '"') { quote = c; n = 0; continue; }
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      if (n < sizeof word - 1) word[n++] = (char)(c | 0x20);
      continue;
    }
    if (n) {
      word[n] = 0;
      for (int i = 0; words[i]; i++) if (strcmp(word, words[i]) == 0) return true;
      n = 0;
    }
    if (!c) break;
  }
  return false;
}

static const char *lang_word(Lang l) { return l == LANG_RU ? "ru" : l == LANG_KK ? "kk" : l == LANG_KK_LATN ? "kk-Latn" : "en"; }

START_TEST(test_conversions_parser) {
  Buf b;
  buf_init(&b);
  size_t bad = 0;
  ck_assert(conversions("a %s b %d c %02x %.*s %zu %u 100%% %04X %lld", &b, &bad));
  ck_assert_str_eq(buf_cstr(&b), "%s %d %02x %.*s %zu %u %04X %lld");
  ck_assert(conversions("no conversions", &b, &bad));
  ck_assert_str_eq(buf_cstr(&b), "");
  ck_assert(!conversions("broken %", &b, &bad));
  ck_assert_uint_eq(bad, 7);
  ck_assert(!conversions("%y", &b, &bad));
  ck_assert(has_prose("unknown name '%s'"));
  ck_assert(!has_prose("%s"));
  ck_assert(!has_prose("YAML: %s"));
  ck_assert(!has_prose("'the' `is` \"no\" %s"));
  ck_assert(has_cyrillic("ошибка"));
  ck_assert(!has_cyrillic("error %s"));
}
END_TEST

/* Every message has ru and kk texts, with the English conversions in the English order,
 * and a text that is really translated (Cyrillic) wherever the English has prose. All
 * problems are collected, so one run names every message to fix. */
START_TEST(test_every_message_translated) {
  Buf en_conv, tr_conv, problems;
  buf_init(&en_conv);
  buf_init(&tr_conv);
  buf_init(&problems);
  int nproblems = 0;
  for (int i = 0; i < MSG__COUNT; i++) {
    MsgId id = (MsgId)i;
    const char *en = msg_text(id, LANG_EN);
    size_t bad = 0;
    if (!en) { buf_printf(&problems, "  %s: no English text\n", msg_name(id)); nproblems++; continue; }
    if (!conversions(en, &en_conv, &bad)) {
      buf_printf(&problems, "  %s: en: broken conversion at byte %zu\n", msg_name(id), bad);
      nproblems++;
      continue;
    }
    const Lang langs[] = { LANG_RU, LANG_KK };
    for (int j = 0; j < 2; j++) {
      const char *t = msg_text(id, langs[j]);
      const char *lw = lang_word(langs[j]);
      if (!t) { buf_printf(&problems, "  %s: no %s text\n", msg_name(id), lw); nproblems++; continue; }
      if (!conversions(t, &tr_conv, &bad)) {
        buf_printf(&problems, "  %s: %s: broken conversion at byte %zu\n", msg_name(id), lw, bad);
        nproblems++;
      } else if (strcmp(buf_cstr(&en_conv), buf_cstr(&tr_conv)) != 0) {
        buf_printf(&problems, "  %s: %s conversions [%s] differ from en [%s]\n", msg_name(id), lw,
                   buf_cstr(&tr_conv), buf_cstr(&en_conv));
        nproblems++;
      }
      if (has_prose(en) && !has_cyrillic(t)) {
        buf_printf(&problems, "  %s: the %s text is not translated: \"%s\"\n", msg_name(id), lw, t);
        nproblems++;
      }
    }
  }
  if (nproblems) ck_abort_msg("%d catalogue problem(s):\n%s", nproblems, buf_cstr(&problems));
}
END_TEST

/* msg_format gives the language asked for; kk-Latn is the kk text transliterated: no
 * Cyrillic left, the same conversions as English, and distinct from kk. */
START_TEST(test_format_per_language) {
  Buf en_conv, latn_conv;
  buf_init(&en_conv);
  buf_init(&latn_conv);
  for (int i = 0; i < MSG__COUNT; i++) {
    MsgId id = (MsgId)i;
    ck_assert_ptr_eq(msg_format(id, LANG_EN), msg_text(id, LANG_EN));
    if (msg_text(id, LANG_RU)) ck_assert_str_eq(msg_format(id, LANG_RU), msg_text(id, LANG_RU));
    if (msg_text(id, LANG_KK)) ck_assert_str_eq(msg_format(id, LANG_KK), msg_text(id, LANG_KK));
    const char *latn = msg_format(id, LANG_KK_LATN);
    ck_assert_ptr_nonnull(latn);
    ck_assert_msg(!has_cyrillic(latn), "%s: kk-Latn keeps Cyrillic: %s", msg_name(id), latn);
    size_t bad = 0;
    ck_assert(conversions(msg_format(id, LANG_EN), &en_conv, &bad));
    ck_assert_msg(conversions(latn, &latn_conv, &bad), "%s: kk-Latn broken conversion", msg_name(id));
    ck_assert_msg(strcmp(buf_cstr(&en_conv), buf_cstr(&latn_conv)) == 0, "%s: kk-Latn conversions [%s] differ from en [%s]",
                  msg_name(id), buf_cstr(&latn_conv), buf_cstr(&en_conv));
    const char *kk = msg_text(id, LANG_KK);
    if (kk && has_cyrillic(kk)) ck_assert_str_ne(latn, kk);
  }
  /* Known texts, so a transliteration or a lookup that silently returns English fails. */
  ck_assert_str_eq(msg_format(E_UNKNOWN_NAME, LANG_RU), "неизвестное имя '%s'");
  ck_assert_str_eq(msg_format(E_UNKNOWN_NAME, LANG_KK), "белгісіз атау '%s'");
  ck_assert_str_eq(msg_format(E_UNKNOWN_NAME, LANG_KK_LATN), "belgisiz ataý '%s'");
  ck_assert_str_eq(msg_format(E_TYPE_MISMATCH, LANG_KK_LATN), "%s kútildi, %s tabyldy");
  ck_assert_str_eq(msg_format(E_UNKNOWN_NAME, LANG_EN), "unknown name '%s'");
  /* Out of range ids and the raw accessor. */
  ck_assert_ptr_null(msg_text(MSG__COUNT, LANG_RU));
  ck_assert_ptr_nonnull(msg_format(MSG__COUNT, LANG_KK_LATN));
}
END_TEST

/* Diags format each message in their own language, arguments in the English order. */
static char *print_diags(const Diags *d) {
  char *mem = NULL;
  size_t n = 0;
  FILE *f = open_memstream(&mem, &n);
  diags_print(d, f, false);
  fclose(f);
  char *copy = zan_strdup(mem);
  free(mem);
  return copy;
}

START_TEST(test_diags_in_language) {
  const char *t = "rule r\n  then x = 1\n";
  Source *s = source_from_string("p.zan", t, strlen(t));
  const struct { Lang lang; const char *want; } cases[] = {
    { LANG_EN, "p.zan:2:8: error: unknown output 'x'; did you mean 'y'?\n" },
    { LANG_RU, "p.zan:2:8: error: неизвестное решение 'x'; возможно, имелось в виду 'y'?\n" },
    { LANG_KK, "p.zan:2:8: error: белгісіз шешім 'x'; мүмкін, 'y' болар?\n" },
    { LANG_KK_LATN, "p.zan:2:8: error: belgisiz sheshim 'x'; múmkin, 'y' bolar?\n" },
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    Diags d;
    diags_init(&d, cases[i].lang);
    diag_report(&d, DIAG_ERROR, (Loc){ s, 14, 15 }, E_UNKNOWN_OUTPUT_HINT, "x", "y");
    char *out = print_diags(&d);
    ck_assert_msg(strncmp(out, cases[i].want, strlen(cases[i].want)) == 0, "%s: got %s", lang_word(cases[i].lang), out);
  }
  /* Several arguments of several types keep their order in every language. */
  Diags d;
  diags_init(&d, LANG_RU);
  diag_report(&d, DIAG_ERROR, (Loc){ 0 }, E_ARG_COUNT, "round", 2, 3);
  ck_assert_str_eq(d.first->text, "round принимает аргументов: 2; найдено: 3");
  diags_init(&d, LANG_KK);
  diag_report(&d, DIAG_ERROR, (Loc){ 0 }, E_JSON_BAD_LITERAL, 3, "trux", "true");
  ck_assert_str_eq(d.first->text, "жарамсыз литерал 'tru'; true күтілді");
}
END_TEST

/* The first English word of text outside quotes ('…', "…") that is not code (a type name, a
 * function of the policy below), or NULL: messages in ru and kk keep no English words, also
 * in the phrases the code builds and passes in as %s (token classes, "a set or list", "string
 * \"forty\"", "an object"). The label "error:" is printed outside Diag.text. */
static const char *english_word(const char *text) {
  static const char *const code[] = { "int", "bool", "decimal", "text", "date", "set", "of", "list",
    "Tier", "count", "sum", "max", "in", "YAML", NULL };
  char quote = 0;
  for (const char *p = text; *p; p++) {
    if (quote) { if (*p == quote) quote = 0; continue; }
    if (*p == '\'' || *p == '"') { quote = *p; continue; }
#define WORD_CHAR(c) (((c) >= 'a' && (c) <= 'z') || ((c) >= 'A' && (c) <= 'Z') || (c) == '_' || (unsigned char)(c) >= 0x80)
    if (!WORD_CHAR(*p)) continue;
    const char *w = p;
    bool ascii = true;
    while (WORD_CHAR(*p)) { if ((unsigned char)*p >= 0x80) ascii = false; p++; }
#undef WORD_CHAR
    const char *word = zan_strndup(w, (size_t)(p - w));
    bool ok = !ascii;   /* a Cyrillic or kk-Latn word ("ıdentıfıkator") */
    for (int i = 0; code[i]; i++) if (strcmp(word, code[i]) == 0) ok = true;
    if (!ok) return word;
    p--;
  }
  return NULL;
}

static void assert_no_english(const Diags *d, const char *what, int min) {
  int n = 0;
  for (const Diag *g = d->first; g; g = g->next, n++) {
    const char *w = english_word(g->text);
    ck_assert_msg(!w, "%s (%s): English word '%s' in: %s", what, lang_word(d->lang), w, g->text);
  }
  ck_assert_msg(n >= min, "%s (%s): %d messages, expected at least %d", what, lang_word(d->lang), n, min);
}

START_TEST(test_built_phrases_translated) {
  ck_assert_str_eq(english_word("ожидалось выражение, найдено 'const'") ? "?" : "", "");
  ck_assert_str_eq(english_word("ожидалось int, найдено string \"forty\""), "string");
  /* kk-Latn is the kk text transliterated (its words are ASCII too, so not tested here) */
  const Lang langs[] = { LANG_RU, LANG_KK };
  for (int k = 0; k < 2; k++) {
    /* parser: token classes (decimal number, integer, identifier, end of file), "or", "an expression" */
    const char *bad = "module m\nfact 2.5 : int\nconst a = 1 +\nconst b = match x { a -> 1 b 2 }\n"
                      "const c = any x xs : x\nconst d = (1 + 2\n";
    Diags d;
    diags_init(&d, langs[k]);
    parse_file(source_from_string("m.zan", bad, strlen(bad)), &d);
    assert_no_english(&d, "parser", 5);
    /* checker: the words of expected and found */
    const char *types = "policy t alias \"t\" version \"1\"\n"
      "article \"1\" status summary source \"s\" { kk \"Б.\" ru \"О.\" en \"O.\" }\n"
      "fact n : int\nfact flags : set of bool\noutput total : int default 0\noutput top : bool default false\n"
      "rule r1 cites \"1\" then total = count(n)\nrule r2 cites \"1\" then total = sum(flags)\n"
      "rule r3 cites \"1\" when max(flags) then top = true\nrule r4 cites \"1\" when max(true, false) then top = true\n"
      "rule r5 cites \"1\" when count({}) > 0 then top = true\nrule r6 cites \"1\" then total = {1, 2}\n";
    diags_init(&d, langs[k]);
    File *f = parse_file(source_from_string("t.zan", types, strlen(types)), &d);
    ck_assert_int_eq(d.nerrors, 0);
    check_files(&f, 1, &d);
    assert_no_english(&d, "checker", 6);
    /* fact readers: what was found, what was expected */
    const char *pol = "policy t alias \"t\" version \"1\"\nenum Tier { low, high }\n"
      "fact age : int\nfact ok : bool\nfact tiers : set of Tier\nfact income : decimal\n";
    Diags pd;
    diags_init(&pd, LANG_EN);
    File *pf = parse_file(source_from_string("p.zan", pol, strlen(pol)), &pd);
    Program *p = check_files(&pf, 1, &pd);
    ck_assert_ptr_nonnull(p);
    const char *json = "{\"age\": \"forty\", \"ok\": 1, \"tiers\": {\"low\": true}, \"income\": [1.5]}";
    Val *slots = ZAN_NEWN(Val, p->nslots + 1);
    diags_init(&d, langs[k]);
    facts_read(p, source_from_string("f.json", json, strlen(json)), FMT_JSON, slots, &d);
    assert_no_english(&d, "JSON facts", 4);
    const char *yaml = "age: forty\nok: 1\ntiers: {low: true}\nincome: [1.5]\n";
    diags_init(&d, langs[k]);
    facts_read(p, source_from_string("f.yaml", yaml, strlen(yaml)), FMT_YAML, slots, &d);
    assert_no_english(&d, "YAML facts", 4);
    const char *syntax[] = { "{\"age\": 1,}", "{\"age\": 1 \"ok\": true}", "{\"age\": 01}", "[", "a: [1, 2\n" };
    for (int i = 0; i < 5; i++) {
      diags_init(&d, langs[k]);
      facts_read(p, source_from_string(i == 4 ? "f.yaml" : "f.json", syntax[i], strlen(syntax[i])),
                 i == 4 ? FMT_YAML : FMT_JSON, slots, &d);
      assert_no_english(&d, syntax[i], 1);
    }
  }
  /* English stays as it was */
  Diags d;
  diags_init(&d, LANG_EN);
  parse_file(source_from_string("e.zan", "const a = 1 +\n", 14), &d);
  ck_assert_str_eq(d.first->text, "expected an expression, found end of file");
}
END_TEST

Suite *suite_messages(void) {
  Suite *s = suite_create("messages");
  TCase *tc = tcase_create("catalogue");
  tcase_add_test(tc, test_conversions_parser);
  tcase_add_test(tc, test_every_message_translated);
  tcase_add_test(tc, test_format_per_language);
  tcase_add_test(tc, test_diags_in_language);
  tcase_add_test(tc, test_built_phrases_translated);
  suite_add_tcase(s, tc);
  return s;
}
