/* test_lexer.c — unit tests of the scanner (lang/lexer.re) and the keyword table
 * (lang/keywords.def): token kinds, locations, literals, comments and lexical errors. */
#include <check.h>
#include <string.h>
#include "lang/base/alloc.h"
#include "lang/base/buf.h"
#include "lang/lexer.h"
#include "helpers.h"

/* Tokenizes text; the diagnostics go to *d (initialised here). */
static LexToken *lex(const char *text, Diags *d, int *n, File **fout, int keyword_set) {
  Source *s = test_source(text);
  diags_init(d, LANG_EN);
  File *f = ast_file_new(s);
  f->keyword_set = keyword_set;
  if (fout) *fout = f;
  return lex_all(s, d, f, n);
}

static const char *tok_text(const LexToken *t) {
  return zan_strndup(t->loc.src->text + t->loc.start, t->loc.end - t->loc.start);
}

START_TEST(test_every_kind) {
  Diags d;
  int n;
  LexToken *t = lex("( ) { } [ ] , : . = != < <= > >= + - * / -> |\n"
                    "x _y 42 865_000 0.5 1_000.75 2026-01-18 \"s\" in force rule",
                    &d, &n, NULL, 0);
  int want[] = { '(', ')', '{', '}', '[', ']', ',', ':', '.', '=', T_NE, '<', T_LE, '>', T_GE,
                 '+', '-', '*', '/', T_ARROW, '|', T_IDENT, T_IDENT, T_INT, T_INT, T_DEC, T_DEC,
                 T_DATE, T_STRING, T_IN_FORCE, T_RULE, T_END };
  ck_assert_int_eq(n, (int)(sizeof want / sizeof want[0]));
  for (int i = 0; i < n; i++) ck_assert_msg(t[i].kind == want[i], "token %d: %d != %d", i, t[i].kind, want[i]);
  ck_assert_int_eq(d.nerrors, 0);
  ck_assert_int_eq(t[23].v.i, 42);
  ck_assert_int_eq(t[24].v.i, 865000);
  ck_assert_str_eq(t[25].v.s, "0.5");
  ck_assert_str_eq(t[26].v.s, "1000.75");
  ck_assert_str_eq(t[28].v.s, "s");
  ZDate dt;
  ck_assert(date_parse("2026-01-18", 10, &dt));
  ck_assert_int_eq(t[27].v.date, dt);
  ck_assert_str_eq(tok_text(&t[29]), "in force");          /* one token spanning both words */
  ck_assert_str_eq(tok_text(&t[19]), "->");
  /* byte offsets: "x" is the first byte of line 2 */
  uint32_t line2 = (uint32_t)(strchr(t[0].loc.src->text, '\n') - t[0].loc.src->text) + 1;
  ck_assert_uint_eq(t[21].loc.start, line2);
  ck_assert_uint_eq(t[21].loc.end, line2 + 1);
  ck_assert_uint_eq(t[n - 1].loc.start, strlen(t[0].loc.src->text));
}
END_TEST

START_TEST(test_all_keywords) {
  /* every English keyword of docs/language.md §1 is a keyword token, not an identifier */
  const char *kws = "policy alias version subject as of module import article act title status source "
                    "statute in force from until enum type record set list fact at label ask output combine "
                    "default rule exception to cites when then includes explain fn handles unknown const "
                    "parameter test given expect undetermined if else match any all and or not contains "
                    "intersects true false day days week weeks month months year years";
  Diags d;
  int n;
  LexToken *t = lex(kws, &d, &n, NULL, 0);
  for (int i = 0; i < n - 1; i++) {
    ck_assert_msg(t[i].kind != T_IDENT && t[i].kind != T_ERROR, "'%s' is not a keyword", tok_text(&t[i]));
    ck_assert_msg(lex_keyword_text(t[i].kind, 0) != NULL, "%s", tok_text(&t[i]));
  }
  /* 67 words; `as of` and `in force` fuse into one token each; plus END */
  ck_assert_int_eq(n, 66);
  ck_assert_int_eq(lex_keyword("rule", 4, 0), T_RULE);
  ck_assert_int_eq(lex_keyword("rules", 5, 0), 0);
  ck_assert_int_eq(lex_keyword("rul", 3, 0), 0);
  ck_assert_int_eq(lex_keyword("bool", 4, 0), 0);   /* type names are not reserved */
  ck_assert_int_eq(lex_keyword("as_of", 5, 0), 0);
}
END_TEST

START_TEST(test_keyword_sets) {
  /* each set: every row's form maps back to its own token (units share a form in kk) */
  for (int set = 0; set < 3; set++) {
#define KW(tok, en, ru, kk) do { \
      const char *f = set == 0 ? en : set == 1 ? ru : kk; \
      int got = lex_keyword(f, strlen(f), set); \
      bool unit = T_##tok >= T_DAY && T_##tok <= T_YEARS; \
      ck_assert_msg(got == T_##tok || (unit && got >= T_DAY && got <= T_YEARS), "set %d: %s", set, f); \
    } while (0);
#include "lang/keywords.def"
#undef KW
  }
  Diags d;
  int n;
  LexToken *t = lex("правило r когда не x то y = 1 действует с 2026-01-18", &d, &n, NULL, 1);
  int want_ru[] = { T_RULE, T_IDENT, T_WHEN, T_NOT, T_IDENT, T_THEN, T_IDENT, '=', T_INT, T_IN_FORCE, T_FROM, T_DATE, T_END };
  ck_assert_int_eq(n, 13);
  for (int i = 0; i < n; i++) ck_assert_int_eq(t[i].kind, want_ru[i]);
  t = lex("ереже r егер x және y онда z = 2 жыл", &d, &n, NULL, 2);
  int want_kk[] = { T_RULE, T_IDENT, T_WHEN, T_IDENT, T_AND, T_IDENT, T_THEN, T_IDENT, '=', T_INT, T_YEAR, T_END };
  ck_assert_int_eq(n, 12);
  for (int i = 0; i < n; i++) ck_assert_int_eq(t[i].kind, want_kk[i]);
  /* the English set does not know Russian keywords: they are identifiers there */
  t = lex("правило", &d, &n, NULL, 0);
  ck_assert_int_eq(t[0].kind, T_IDENT);
  ck_assert_str_eq(lex_keyword_text(T_POLICY, 2), "саясат");
}
END_TEST

START_TEST(test_kazakh_identifiers_and_nfc) {
  Diags d;
  int n;
  /* "é" written decomposed (e + U+0301) becomes the composed U+00E9 */
  LexToken *t = lex("қауіп_деңгейі = e\xCC\x81t\xC3\xA9 ә1٣", &d, &n, NULL, 0);
  ck_assert_int_eq(d.nerrors, 0);
  ck_assert_int_eq(n, 5);
  ck_assert_int_eq(t[0].kind, T_IDENT);
  ck_assert_str_eq(t[0].v.s, "қауіп_деңгейі");
  ck_assert_uint_eq(t[0].loc.end - t[0].loc.start, strlen("қауіп_деңгейі"));
  ck_assert_int_eq(t[2].kind, T_IDENT);
  ck_assert_str_eq(t[2].v.s, "\xC3\xA9t\xC3\xA9");
  ck_assert_int_eq(t[3].kind, T_IDENT);           /* Unicode digits continue an identifier */
  ck_assert_str_eq(t[3].v.s, "ә1٣");
}
END_TEST

/* Names and strings of NFC-safe code points skip the NFC check (lexer.re); anything else
 * after or between safe runs still gets normalised. */
START_TEST(test_nfc_safe_runs) {
  Diags d;
  int n;
  LexToken *t = lex("йод \"Қазақ й\" \"ии\xCC\x86 — e\xCC\x81\" \"a\\u{301}b\" \"и\\u{306}\" абв\xCC\x86", &d, &n, NULL, 0);
  ck_assert_int_eq(d.nerrors, 0);
  ck_assert_int_eq(n, 7);
  ck_assert_str_eq(t[0].v.s, "йод");
  ck_assert_str_eq(t[1].v.s, "Қазақ й");
  ck_assert_str_eq(t[2].v.s, "ий — \xC3\xA9");           /* и + breve -> й ; e + acute -> é */
  ck_assert_str_eq(t[3].v.s, "\xC3\xA1" "b");              /* an escaped acute composes with the a */
  ck_assert_str_eq(t[4].v.s, "й");                        /* an escape may compose with the text before it */
  ck_assert_int_eq(t[5].kind, T_IDENT);
  ck_assert_str_eq(t[5].v.s, "аб\xD0\xB2\xCC\x86");      /* в + breve: no composite, kept */
  /* long strings (the sixteen-byte path): a decomposed й and a Cyrillic mark deep inside */
  t = lex("\"Қазақстан Республикасының заңы ии\xCC\x86 және басқа\" "
          "\"Жасанды интеллект туралы заң \xD2\x83 мәтін мәтін мәтін\" "
          "\"Жасанды интеллект туралы заң, ғқңүұһі — «сөз»\"", &d, &n, NULL, 0);
  ck_assert_int_eq(d.nerrors, 0);
  ck_assert_int_eq(n, 4);
  ck_assert_str_eq(t[0].v.s, "Қазақстан Республикасының заңы ий және басқа");
  ck_assert_str_eq(t[1].v.s, "Жасанды интеллект туралы заң \xD2\x83 мәтін мәтін мәтін");   /* already NFC */
  ck_assert_str_eq(t[2].v.s, "Жасанды интеллект туралы заң, ғқңүұһі — «сөз»");
  /* an escape or a quote deep inside a long string still ends or changes it right */
  t = lex("\"Жасанды интеллект туралы заң \\\"цитата\\\" и\\u{306} конец\"", &d, &n, NULL, 0);
  ck_assert_int_eq(d.nerrors, 0);
  ck_assert_str_eq(t[0].v.s, "Жасанды интеллект туралы заң \"цитата\" й конец");
}
END_TEST

START_TEST(test_bad_utf8) {
  Diags d;
  int n;
  LexToken *t = lex("a\n  b \xFF c", &d, &n, NULL, 0);
  ck_assert_int_eq(n, 5);
  ck_assert_int_eq(t[0].kind, T_IDENT);
  ck_assert_int_eq(t[1].kind, T_IDENT);
  ck_assert_int_eq(t[2].kind, T_ERROR);
  ck_assert_uint_eq(t[2].loc.start, 6);
  ck_assert_int_eq(t[3].kind, T_IDENT);
  ck_assert_str_eq(diag_lines(&d), "2:5: invalid UTF-8 byte 0xff\n");
  ck_assert_str_eq(msg_name(d.first->id), "E_LEX_BAD_UTF8");
  /* inside a string and a comment too; an overlong encoding is invalid */
  lex("x = \"a\xC0\xAF\" -- \xFE\n", &d, &n, NULL, 0);
  ck_assert_str_eq(diag_lines(&d), "1:7: invalid UTF-8 byte 0xc0\n1:8: invalid UTF-8 byte 0xaf\n1:14: invalid UTF-8 byte 0xfe\n");
  /* an encoded surrogate (ED A0 80) in a string literal, after an escape (the <str> rules) and
   * without one (the plain path): a lexical error at its place, never a value */
  t = lex("x = \"a\\n\xED\xA0\x80" "b\"\ny = \"\xED\xBF\xBF\"", &d, &n, NULL, 0);
  ck_assert_int_eq(t[2].kind, T_ERROR);
  ck_assert_str_eq(diag_lines(&d), "1:9: invalid UTF-8 byte 0xed\n2:6: invalid UTF-8 byte 0xed\n");
  /* an unexpected but valid character */
  t = lex("a § b", &d, &n, NULL, 0);
  ck_assert_int_eq(t[1].kind, T_ERROR);
  ck_assert_str_eq(diag_lines(&d), "1:3: unexpected character '§' (U+00A7)\n");
}
END_TEST

START_TEST(test_dates) {
  Diags d;
  int n;
  LexToken *t = lex("x = 2026-02-30 y = 2024-02-29 z = 2026-1-18", &d, &n, NULL, 0);
  ck_assert_int_eq(t[2].kind, T_ERROR);
  ck_assert_int_eq(t[5].kind, T_DATE);
  ck_assert_int_eq(t[8].kind, T_ERROR);
  ck_assert_str_eq(diag_lines(&d), "1:5: impossible date 2026-02-30\n"
                                   "1:35: malformed date 2026-1-18: write dates as YYYY-MM-DD\n");
  ck_assert_str_eq(msg_name(d.first->id), "E_LEX_BAD_DATE");
  /* with spaces it is arithmetic */
  t = lex("2026 - 1", &d, &n, NULL, 0);
  ck_assert_int_eq(n, 4);
  ck_assert_int_eq(t[0].kind, T_INT);
}
END_TEST

START_TEST(test_numbers) {
  Diags d;
  int n;
  LexToken *t = lex("9223372036854775807 9223372036854775808 1_ 1__0 0.25", &d, &n, NULL, 0);
  ck_assert_int_eq(t[0].kind, T_INT);
  ck_assert(t[0].v.i == INT64_MAX);
  ck_assert_int_eq(t[1].kind, T_ERROR);
  ck_assert_int_eq(t[2].kind, T_ERROR);
  ck_assert_int_eq(t[3].kind, T_ERROR);
  ck_assert_int_eq(t[4].kind, T_DEC);
  ck_assert_str_eq(diag_lines(&d),
    "1:21: integer literal 9223372036854775808 does not fit in 64 bits\n"
    "1:41: malformed number '1_': underscores go between digits\n"
    "1:44: malformed number '1__0': underscores go between digits\n");
}
END_TEST

START_TEST(test_strings) {
  Diags d;
  int n;
  LexToken *t = lex("\"a\\\"b\\\\c\\nd\\te\\u{1F600}\\u{4E9}\" \"two\nlines\"", &d, &n, NULL, 0);
  ck_assert_int_eq(d.nerrors, 0);
  ck_assert_int_eq(t[0].kind, T_STRING);
  ck_assert_str_eq(t[0].v.s, "a\"b\\c\nd\te\xF0\x9F\x98\x80\xD3\xA9");
  ck_assert_uint_eq(t[0].loc.start, 0);
  ck_assert_str_eq(t[1].v.s, "two\nlines");
  /* a bad escape: one error, the string becomes the error token, lexing goes on after it */
  t = lex("x = \"a\\qb\" y", &d, &n, NULL, 0);
  ck_assert_int_eq(n, 5);
  ck_assert_int_eq(t[2].kind, T_ERROR);
  ck_assert_int_eq(t[3].kind, T_IDENT);
  ck_assert_str_eq(diag_lines(&d), "1:7: unknown escape '\\q' in a string (use \\\" \\\\ \\n \\t \\u{…})\n");
  t = lex("\"\\u{D800}\"", &d, &n, NULL, 0);
  ck_assert_str_eq(diag_lines(&d), "1:2: \\u{D800} is not a Unicode scalar value\n");
}
END_TEST

START_TEST(test_unterminated_string) {
  Diags d;
  int n;
  LexToken *t = lex("rule r\n  explain { en \"never closed\n}\n", &d, &n, NULL, 0);
  ck_assert_int_eq(t[n - 2].kind, T_ERROR);
  ck_assert_int_eq(t[n - 1].kind, T_END);
  ck_assert_str_eq(diag_lines(&d), "2:16: unterminated string: missing closing '\"'\n");
  ck_assert_str_eq(msg_name(d.first->id), "E_LEX_UNTERMINATED_STRING");
}
END_TEST

START_TEST(test_comments) {
  Diags d;
  int n;
  File *f;
  LexToken *t = lex("-- first\nx -- second\r\n--\ny", &d, &n, &f, 0);
  ck_assert_int_eq(n, 3);
  ck_assert_int_eq(f->ncomments, 3);
  ck_assert_str_eq(f->comments[0].text, " first");
  ck_assert_uint_eq(f->comments[0].loc.start, 0);
  ck_assert_uint_eq(f->comments[0].loc.end, 8);
  ck_assert_str_eq(f->comments[1].text, " second");
  ck_assert_uint_eq(f->comments[1].loc.start, 11);
  ck_assert_uint_eq(f->comments[1].loc.end, 20);   /* the \r is not part of it */
  ck_assert_str_eq(f->comments[2].text, "");
  ck_assert_str_eq(t[1].v.s, "y");
  /* `-` then `>`-less: a single minus is an operator, `--` always a comment */
  t = lex("a - b --c", &d, &n, &f, 0);
  ck_assert_int_eq(n, 4);
  ck_assert_int_eq(f->ncomments, 1);
}
END_TEST

START_TEST(test_nul_and_bom) {
  Diags d;
  int n;
  const char text[] = "\xEF\xBB\xBF" "a\0b";
  Source *s = source_from_string("t.zan", text, sizeof text - 1);
  diags_init(&d, LANG_EN);
  LexToken *t = lex_all(s, &d, ast_file_new(s), &n);
  ck_assert_int_eq(n, 4);
  ck_assert_int_eq(t[0].kind, T_IDENT);
  ck_assert_uint_eq(t[0].loc.start, 3);
  ck_assert_int_eq(t[1].kind, T_ERROR);
  ck_assert_int_eq(t[2].kind, T_IDENT);
  ck_assert_int_eq(d.nerrors, 1);
}
END_TEST

START_TEST(test_token_names) {
  ck_assert_str_eq(parse_token_name(T_RULE), "'rule'");
  ck_assert_str_eq(parse_token_name(T_IDENT), "identifier");
  ck_assert_str_eq(parse_token_name(T_END), "end of file");
  ck_assert_str_eq(parse_token_name(T_IN_FORCE), "'in force'");
  ck_assert_str_eq(parse_token_name('{'), "'{'");
}
END_TEST

Suite *suite_lexer(void) {
  Suite *s = suite_create("lexer");
  TCase *tc = tcase_create("lexer");
  tcase_add_test(tc, test_every_kind);
  tcase_add_test(tc, test_all_keywords);
  tcase_add_test(tc, test_keyword_sets);
  tcase_add_test(tc, test_kazakh_identifiers_and_nfc);
  tcase_add_test(tc, test_nfc_safe_runs);
  tcase_add_test(tc, test_bad_utf8);
  tcase_add_test(tc, test_dates);
  tcase_add_test(tc, test_numbers);
  tcase_add_test(tc, test_strings);
  tcase_add_test(tc, test_unterminated_string);
  tcase_add_test(tc, test_comments);
  tcase_add_test(tc, test_nul_and_bom);
  tcase_add_test(tc, test_token_names);
  suite_add_tcase(s, tc);
  return s;
}
