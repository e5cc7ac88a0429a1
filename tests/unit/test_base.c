/* test_base.c — unit tests of layer 1: buffers, UTF-8, sources, diagnostics printing,
 * the message catalogue and exit-code precedence. */
#include <check.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "lang/base/alloc.h"
#include "lang/base/buf.h"
#include "lang/base/utf8.h"
#include <utf8proc.h>
#include "lang/base/source.h"
#include "lang/base/diag.h"
#include "lang/base/exitcodes.h"

START_TEST(test_buf_basic) {
  Buf b;
  buf_init(&b);
  ck_assert_str_eq(buf_cstr(&b), "");
  buf_push(&b, 'a');
  buf_puts(&b, "bc");
  buf_append(&b, "def", 2);
  buf_printf(&b, "-%d-%s", 42, "x");
  ck_assert_str_eq(buf_cstr(&b), "abcde-42-x");
  ck_assert_uint_eq(b.len, 10);
  buf_clear(&b);
  ck_assert_uint_eq(b.len, 0);
  ck_assert_str_eq(buf_cstr(&b), "");
  /* growth well past the first block and past buf_vprintf's small buffer */
  char big[1000];
  memset(big, 'z', sizeof big - 1);
  big[sizeof big - 1] = 0;
  for (int i = 0; i < 100; i++) buf_printf(&b, "%s", big);
  ck_assert_uint_eq(b.len, 999 * 100);
  ck_assert_int_eq(b.data[b.len], 0);
  ck_assert_int_eq(b.data[b.len - 1], 'z');
}
END_TEST

START_TEST(test_vec) {
  Vec v = {0};
  int xs[1000];
  for (int i = 0; i < 1000; i++) { xs[i] = i; vec_push(&v, &xs[i]); }
  ck_assert_int_eq(v.n, 1000);
  for (int i = 0; i < 1000; i++) ck_assert_ptr_eq(v.items[i], &xs[i]);
}
END_TEST

START_TEST(test_alloc) {
  unsigned char *p = zan_alloc_atomic(4096);
  for (int i = 0; i < 4096; i++) ck_assert_int_eq(p[i], 0);
  void **q = zan_alloc(64 * sizeof(void *));
  for (int i = 0; i < 64; i++) ck_assert_ptr_null(q[i]);
  ck_assert_str_eq(zan_strndup("hello", 3), "hel");
  ck_assert_str_eq(zan_sprintf("%s=%d", "x", 5), "x=5");
  char *r = zan_alloc_atomic(4);
  memcpy(r, "abc", 4);
  r = zan_realloc(r, 100000);
  ck_assert_str_eq(r, "abc");
}
END_TEST

/* ZAN_NEWN takes a count of 0 as it is (a valid pointer, never NULL) */
START_TEST(test_newn_zero) {
  int *a = ZAN_NEWN(int, 0), *b = ZAN_NEWN(int, 0);
  ck_assert_ptr_nonnull(a);
  ck_assert_ptr_nonnull(b);
  ck_assert_ptr_ne(a, b);
  long *c = ZAN_NEWN(long, 3);
  for (int i = 0; i < 3; i++) ck_assert_int_eq(c[i], 0);
}
END_TEST

/* ZAN_PUSH keeps every element through the doublings, with caps of any integer type */
START_TEST(test_push) {
  long *xs = NULL;
  int n = 0, cap = 0;
  for (int i = 0; i < 1000; i++) ZAN_PUSH(xs, n, cap, 4, (long)i * 3);
  ck_assert_int_eq(n, 1000);
  ck_assert_int_eq(cap, 1024);   /* 4, 8, …, 1024 */
  for (int i = 0; i < 1000; i++) ck_assert_int_eq(xs[i], (long)i * 3);
  struct { short a; char b; } *ps = NULL;
  uint32_t pn = 0, pcap = 0;
  ZAN_GROW(ps, pn, pcap, 1);
  ck_assert_uint_eq(pcap, 1);
  ps[pn].a = 7; ps[pn++].b = 'x';
  ZAN_GROW(ps, pn, pcap, 1);
  ck_assert_uint_eq(pcap, 2);
  ck_assert_int_eq(ps[0].a, 7);
  ck_assert_int_eq(ps[1].a, 0);   /* new room is zeroed */
  long *same = xs;
  n = 10;
  ZAN_GROW(xs, n, cap, 4);        /* room left: no new block */
  ck_assert_ptr_eq(xs, same);
}
END_TEST

/* a count whose byte size wraps is out of memory (exit 70), not a small block */
START_TEST(test_newn_overflow) {
  size_t huge = SIZE_MAX / 8 + 2;
  double *d = ZAN_NEWN(double, huge);
  ck_assert_ptr_null(d);   /* not reached */
}
END_TEST

START_TEST(test_utf8_decode) {
  int32_t cp;
  ck_assert_int_eq(utf8_decode((const unsigned char *)"A", 1, &cp), 1); ck_assert_int_eq(cp, 'A');
  ck_assert_int_eq(utf8_decode((const unsigned char *)"\xD2\x9A", 2, &cp), 2); ck_assert_int_eq(cp, 0x049A); /* Қ */
  ck_assert_int_eq(utf8_decode((const unsigned char *)"\xE2\x82\xAC", 3, &cp), 3); ck_assert_int_eq(cp, 0x20AC);
  ck_assert_int_eq(utf8_decode((const unsigned char *)"\xF0\x9F\x98\x80", 4, &cp), 4); ck_assert_int_eq(cp, 0x1F600);
  ck_assert_int_eq(utf8_decode((const unsigned char *)"\xF4\x8F\xBF\xBF", 4, &cp), 4); ck_assert_int_eq(cp, 0x10FFFF);
  /* invalid: overlongs, surrogates, beyond U+10FFFF, truncated, stray continuation, bad lead */
  const char *bad[] = { "\xC0\x80", "\xC1\xBF", "\xE0\x80\x80", "\xE0\x9F\xBF", "\xF0\x80\x80\x80",
                        "\xF0\x8F\xBF\xBF", "\xED\xA0\x80", "\xED\xBF\xBF", "\xF4\x90\x80\x80",
                        "\xF5\x80\x80\x80", "\xFF", "\x80", "\xBF", "\xE2\x82", "\xD2", "\xE2\x28\xA1" };
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
    ck_assert_msg(utf8_decode((const unsigned char *)bad[i], strlen(bad[i]), &cp) == 0, "case %zu", i);
  /* truncated by n even if the bytes continue */
  ck_assert_int_eq(utf8_decode((const unsigned char *)"\xE2\x82\xAC", 2, &cp), 0);
  ck_assert_int_eq(utf8_decode((const unsigned char *)"", 0, &cp), 0);
}
END_TEST

START_TEST(test_utf8_encode_roundtrip) {
  int32_t cps[] = { 0, 'a', 0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFFFF, 0x10000, 0x10FFFF, 0x0419 };
  for (size_t i = 0; i < sizeof cps / sizeof *cps; i++) {
    char buf[4];
    int n = utf8_encode(cps[i], buf);
    int32_t back = -1;
    ck_assert_int_eq(utf8_decode((unsigned char *)buf, (size_t)n, &back), n);
    ck_assert_int_eq(back, cps[i]);
  }
}
END_TEST

START_TEST(test_utf8_validate_count) {
  const char *ok = "Қазақ тілі € \xF0\x9F\x98\x80";
  ck_assert_uint_eq(utf8_validate(ok, strlen(ok)), strlen(ok));
  const char *bad = "ab\xED\xA0\x80z";
  ck_assert_uint_eq(utf8_validate(bad, strlen(bad)), 2);
  ck_assert_uint_eq(utf8_validate("abc\xC0\x80", 5), 3);
  ck_assert_uint_eq(utf8_count("Қазақ", strlen("Қазақ")), 5);
  ck_assert_uint_eq(utf8_count("a\xFF\xFE" "b", 4), 4);   /* invalid bytes count one each */
  ck_assert(utf8_is_ascii("hello", 5));
  ck_assert(!utf8_is_ascii("héllo", 6));
}
END_TEST

/* The quick check's Cyrillic shortcut (class 0 is enough) agrees with the long way for every
 * code point of the block; and what the quick check passes, NFC leaves unchanged. */
START_TEST(test_utf8_nfc_quick) {
  for (int32_t cp = 0x400; cp < 0x530; cp++)
    ck_assert_msg(utf8_nfc_stable(cp) == utf8_nfc_stable_slow(cp), "U+%04X", (unsigned)cp);
  for (int32_t cp = 0; cp < 0x3000; cp++) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    if (!cp || !utf8_nfc_stable(cp)) continue;
    char in[8];
    int k = utf8_encode(cp, in);
    in[k] = 'a'; in[k + 1] = 0;            /* stable before a starter, and after one */
    char two[16];
    memcpy(two, "e", 1); memcpy(two + 1, in, (size_t)k + 2);
    ck_assert(utf8_is_nfc(two, strlen(two)));
    utf8proc_uint8_t *ref = utf8proc_NFC((const utf8proc_uint8_t *)two);   /* the long way itself */
    ck_assert_msg(ref && strcmp((const char *)ref, two) == 0, "U+%04X", (unsigned)cp);
    free(ref);
  }
  /* the NFC-safe ranges the lexer trusts without a check (lexer.re, nfc_other's complement) */
  static const int32_t safe[][2] = { { 0x01, 0x7f }, { 0x80, 0x2ff }, { 0x400, 0x482 }, { 0x488, 0x52f },
                                     { 0x2010, 0x2027 }, { 0x2030, 0x205e } };
  for (size_t r = 0; r < sizeof safe / sizeof safe[0]; r++)
    for (int32_t cp = safe[r][0]; cp <= safe[r][1]; cp++)
      ck_assert_msg(utf8_nfc_stable_slow(cp), "U+%04X", (unsigned)cp);
  ck_assert(utf8_is_nfc("plain ascii text, longer than eight", 35));
  ck_assert(utf8_is_nfc("Қазақстан Республикасы йё", strlen("Қазақстан Республикасы йё")));
  ck_assert(!utf8_is_nfc("\xD0\x98\xCC\x86", 4));   /* И + combining breve */
  ck_assert(!utf8_is_nfc("ab\xFF", 3));                /* invalid: not certain */
}
END_TEST

START_TEST(test_utf8_nfc) {
  size_t n;
  /* И + combining breve -> Й ; е + diaeresis -> ё ; у + breve -> ў ; ASCII untouched */
  const char *in = "\xD0\x98\xCC\x86" "\xD0\xB5\xCC\x88" "\xD1\x83\xCC\x86" " ok";
  char *out = utf8_nfc(in, strlen(in), &n);
  ck_assert_str_eq(out, "Йёў ok");
  ck_assert_uint_eq(n, strlen("Йёў ok"));
  /* already NFC Kazakh stays as is */
  const char *kz = "Қазақстан Республикасы әңғүұқөһі";
  ck_assert_str_eq(utf8_nfc(kz, strlen(kz), &n), kz);
  ck_assert_uint_eq(n, strlen(kz));
  /* ASCII fast path: exact copy, a new string, embedded data kept */
  const char *a = "plain ascii";
  char *c = utf8_nfc(a, 5, &n);
  ck_assert_uint_eq(n, 5);
  ck_assert_str_eq(c, "plain");
  ck_assert_ptr_ne(c, a);
  /* e + acute (Latin) composes too */
  ck_assert_str_eq(utf8_nfc("e\xCC\x81", 3, &n), "é");
}
END_TEST

START_TEST(test_utf8_ident) {
  ck_assert(utf8_is_ident_start('a'));
  ck_assert(utf8_is_ident_start('Z'));
  ck_assert(utf8_is_ident_start('_'));
  ck_assert(!utf8_is_ident_start('1'));
  ck_assert(!utf8_is_ident_start('-'));
  ck_assert(utf8_is_ident_start(0x049A));   /* Қ */
  ck_assert(utf8_is_ident_start(0x04D9));   /* ә */
  ck_assert(utf8_is_ident_start(0x4E2D));   /* 中 (Lo) */
  ck_assert(!utf8_is_ident_start(0x0306));  /* combining breve (Mn) */
  ck_assert(utf8_is_ident_continue(0x0306));
  ck_assert(utf8_is_ident_continue('7'));
  ck_assert(utf8_is_ident_continue(0x0661)); /* Arabic-Indic one (Nd) */
  ck_assert(!utf8_is_ident_start(0x0661));
  ck_assert(!utf8_is_ident_continue(' '));
  ck_assert(!utf8_is_ident_continue(0x20AC)); /* € */
  ck_assert(!utf8_is_ident_continue(0x2163)); /* Ⅳ is Nl, not Nd */
}
END_TEST

START_TEST(test_utf8_width) {
  ck_assert_int_eq(utf8_width('a'), 1);
  ck_assert_int_eq(utf8_width(0x049A), 1);
  ck_assert_int_eq(utf8_width(0x4E2D), 2);
  ck_assert_int_eq(utf8_width(0x0306), 0);
}
END_TEST

/* One module-name rule for every caller: the base name less a final ".zan" only. */
START_TEST(test_source_stem) {
  ck_assert_str_eq(source_stem("policies/kz/tiers.zan"), "tiers");
  ck_assert_str_eq(source_stem("tiers.zan"), "tiers");
  ck_assert_str_eq(source_stem("a.b.zan"), "a.b");
  ck_assert_str_eq(source_stem("dir.zan/x"), "x");
  ck_assert_str_eq(source_stem("notes.txt"), "notes.txt");
  ck_assert_str_eq(source_stem(".zan"), "");
  ck_assert_str_eq(source_stem(""), "");
}
END_TEST

START_TEST(test_source_linecol) {
  const char *t = "аб\nвг x\n\nend";
  Source *s = source_from_string("p.zan", t, strlen(t));
  int line, col;
  source_linecol(s, 0, &line, &col); ck_assert_int_eq(line, 1); ck_assert_int_eq(col, 1);
  source_linecol(s, 2, &line, &col); ck_assert_int_eq(line, 1); ck_assert_int_eq(col, 2);   /* б */
  source_linecol(s, 4, &line, &col); ck_assert_int_eq(line, 1); ck_assert_int_eq(col, 3);   /* the newline */
  source_linecol(s, 5, &line, &col); ck_assert_int_eq(line, 2); ck_assert_int_eq(col, 1);
  uint32_t x = (uint32_t)(strchr(t, 'x') - t);
  source_linecol(s, x, &line, &col); ck_assert_int_eq(line, 2); ck_assert_int_eq(col, 4);
  source_linecol(s, x + 2, &line, &col); ck_assert_int_eq(line, 3); ck_assert_int_eq(col, 1);
  source_linecol(s, (uint32_t)strlen(t), &line, &col); ck_assert_int_eq(line, 4); ck_assert_int_eq(col, 4);
  source_linecol(s, 100000, &line, &col); ck_assert_int_eq(line, 4); ck_assert_int_eq(col, 4); /* clamped */
  size_t n;
  const char *l = source_line_text(s, x, &n);
  ck_assert_int_eq((int)n, (int)strlen("вг x"));
  ck_assert(strncmp(l, "вг x", n) == 0);
  l = source_line_text(s, x + 2, &n);
  ck_assert_uint_eq(n, 0);
  ck_assert_str_eq(s->path, "p.zan");
  ck_assert_str_eq(source_from_string("-", "", 0)->path, "<stdin>");
  /* CRLF: the line text drops the \r */
  Source *c = source_from_string("c", "ab\r\ncd\r\n", 8);
  l = source_line_text(c, 0, &n);
  ck_assert_uint_eq(n, 2);
  source_linecol(c, 4, &line, &col); ck_assert_int_eq(line, 2); ck_assert_int_eq(col, 1);
}
END_TEST

START_TEST(test_source_read_file) {
  char path[] = "/tmp/zan_test_srcXXXXXX";
  int fd = mkstemp(path);
  ck_assert_int_ge(fd, 0);
  FILE *f = fdopen(fd, "w");
  fputs("one\ntwo\n", f);
  fputc(0, f);   /* a NUL inside is data */
  fputs("x", f);
  fclose(f);
  const char *err = NULL;
  Source *s = source_read_file(path, &err);
  ck_assert_ptr_nonnull(s);
  ck_assert_uint_eq(s->len, 10);
  ck_assert_int_eq(s->text[10], 0);
  ck_assert_uint_eq(source_line_count(s), 3);
  ck_assert_str_eq(s->path, path);
  remove(path);
  s = source_read_file("/nonexistent/zan/file", &err);
  ck_assert_ptr_null(s);
  ck_assert_str_eq(err, "No such file or directory");
  s = source_read_file("/tmp", &err);
  ck_assert_ptr_null(s);
  ck_assert_ptr_nonnull(err);
}
END_TEST

START_TEST(test_loc_span) {
  Source *s = source_from_string("x", "abcdef", 6);
  Loc a = { s, 1, 2 }, b = { s, 4, 6 };
  Loc r = loc_span(a, b);
  ck_assert_uint_eq(r.start, 1); ck_assert_uint_eq(r.end, 6);
  Loc none = { 0 };
  r = loc_span(none, b);
  ck_assert_uint_eq(r.start, 4);
}
END_TEST

/* Prints d into a string. */
static char *print_diags(const Diags *d, bool color) {
  char *mem = NULL;
  size_t n = 0;
  FILE *f = open_memstream(&mem, &n);
  diags_print(d, f, color);
  fclose(f);
  char *r = zan_strndup(mem, n);
  free(mem);
  return r;
}

START_TEST(test_diag_print) {
  const char *t = "let x = 1\n\tфу bar baz\n";
  Source *s = source_from_string("file.zan", t, strlen(t));
  uint32_t at = (uint32_t)(strstr(t, "bar") - t);
  Diags d;
  diags_init(&d, LANG_EN);
  Loc loc = { s, at, at + 3 };
  diag_report(&d, DIAG_ERROR, loc, E_LEX_BAD_UTF8, 0xff);
  ck_assert(diags_has_errors(&d));
  ck_assert_int_eq(d.nerrors, 1);
  char *want = zan_sprintf("file.zan:2:5: error: %s\n\tфу bar baz\n\t   ^~~\n", zan_sprintf(msg_format(E_LEX_BAD_UTF8, LANG_EN), 0xff));
  ck_assert_str_eq(print_diags(&d, false), want);
}
END_TEST

START_TEST(test_diag_wide_and_span) {
  /* a wide character before the caret takes two columns; an empty span still shows '^';
   * a span running past the end of the line stops there */
  const char *t = "中x = yy\nnext";
  Source *s = source_from_string("w.zan", t, strlen(t));
  Diags d;
  diags_init(&d, LANG_EN);
  diag_report(&d, DIAG_WARNING, (Loc){ s, 3, 3 }, N_FIRST_DEFINED_HERE);
  diag_report(&d, DIAG_ERROR, (Loc){ s, 7, 12 }, N_FIRST_DEFINED_HERE);
  const char *m = msg_format(N_FIRST_DEFINED_HERE, LANG_EN);
  char *want = zan_sprintf("w.zan:1:2: warning: %s\n中x = yy\n  ^\n"
                           "w.zan:1:6: error: %s\n中x = yy\n      ^~\n", m, m);
  ck_assert_str_eq(print_diags(&d, false), want);
  ck_assert_int_eq(d.nwarnings, 1);
}
END_TEST

START_TEST(test_diag_path_note_noloc) {
  const char *t = "{\"a\": {\"b\": tru}}";
  Source *s = source_from_string("f.json", t, strlen(t));
  Diags d;
  diags_init(&d, LANG_RU);   /* falls back to English where no translation exists */
  Diag *g = diag_report_path(&d, DIAG_ERROR, (Loc){ s, 12, 15 }, "a.b", E_FACTS_SYNTAX, "expected a value");
  diag_add_note(&d, g, (Loc){ s, 0, 1 }, N_FIRST_DEFINED_HERE);
  diag_report(&d, DIAG_ERROR, (Loc){ 0 }, E_FACTS_SYNTAX, "no location");
  char *want = zan_sprintf("f.json:1:13: error: a.b: expected a value\n%s\n            ^~~\n"
                           "f.json:1:1: note: %s\n%s\n^\n"
                           "zan: error: no location\n", t, msg_format(N_FIRST_DEFINED_HERE, LANG_RU), t);
  ck_assert_str_eq(print_diags(&d, false), want);
  ck_assert_int_eq(d.nerrors, 2);
}
END_TEST

START_TEST(test_diag_color_and_limit) {
  Source *s = source_from_string("c.zan", "abc", 3);
  Diags d;
  diags_init(&d, LANG_EN);
  d.max_errors = 3;
  for (int i = 0; i < 10; i++) {
    Diag *g = diag_report(&d, DIAG_ERROR, (Loc){ s, 0, 1 }, E_FACTS_SYNTAX, "boom");
    ck_assert_ptr_nonnull(g);
    diag_add_note(&d, g, (Loc){ 0 }, E_FACTS_SYNTAX, "note");   /* safe past the limit too */
  }
  ck_assert_int_eq(d.nerrors, 10);
  int recorded = 0;
  for (Diag *g = d.first; g; g = g->next) recorded++;
  ck_assert_int_eq(recorded, 3);
  char *out = print_diags(&d, true);
  ck_assert_ptr_nonnull(strstr(out, "\033[1;31merror:"));
  ck_assert_ptr_nonnull(strstr(out, "boom"));
  ck_assert_ptr_nonnull(strstr(out, "\033[0m"));
}
END_TEST

START_TEST(test_messages) {
  for (int i = 0; i < MSG__COUNT; i++) {
    const char *name = msg_name((MsgId)i);
    ck_assert(name[0] == 'E' || name[0] == 'W' || name[0] == 'N');
    ck_assert_int_eq(name[1], '_');
    for (int l = 0; l < LANG__COUNT; l++) ck_assert_ptr_nonnull(msg_format((MsgId)i, (Lang)l));
  }
  ck_assert_str_eq(msg_name(E_LEX_BAD_UTF8), "E_LEX_BAD_UTF8");
  ck_assert_str_eq(msg_name(N_FIRST_DEFINED_HERE), "N_FIRST_DEFINED_HERE");
  ck_assert_ptr_nonnull(strstr(msg_format(E_LEX_BAD_UTF8, LANG_EN), "%02x"));
  int ok;
  ck_assert_int_eq(lang_parse("kk-Latn", &ok), LANG_KK_LATN); ck_assert(ok);
  ck_assert_int_eq(lang_parse("kk", &ok), LANG_KK); ck_assert(ok);
  ck_assert_int_eq(lang_parse("ru", &ok), LANG_RU); ck_assert(ok);
  ck_assert_int_eq(lang_parse("en", &ok), LANG_EN); ck_assert(ok);
  lang_parse("de", &ok); ck_assert(!ok);
  lang_parse("", &ok); ck_assert(!ok);
  for (int l = 0; l < LANG__COUNT; l++) ck_assert_int_eq(lang_parse(lang_tag((Lang)l), &ok), l);
}
END_TEST

START_TEST(test_exit_worst) {
  ck_assert_int_eq(exit_worst(0, 0), 0);
  ck_assert_int_eq(exit_worst(0, 1), 1);
  ck_assert_int_eq(exit_worst(1, 3), 3);
  ck_assert_int_eq(exit_worst(3, 5), 5);
  ck_assert_int_eq(exit_worst(5, 3), 5);
  ck_assert_int_eq(exit_worst(5, 2), 2);
  ck_assert_int_eq(exit_worst(2, 4), 4);
  ck_assert_int_eq(exit_worst(4, 70), 70);
  ck_assert_int_eq(exit_worst(70, 4), 70);
  ck_assert_int_eq(exit_worst(4, 1), 4);
  ck_assert_int_eq(exit_worst(4, 74), 74);
  ck_assert_int_eq(exit_worst(74, 70), 70);
  int order[] = { 70, 74, 4, 2, 5, 3, 1, 0 };
  for (int i = 0; i < 8; i++)
    for (int j = i; j < 8; j++) {
      ck_assert_int_eq(exit_worst(order[i], order[j]), order[i]);
      ck_assert_int_eq(exit_worst(order[j], order[i]), order[i]);
    }
}
END_TEST

Suite *suite_base(void) {
  Suite *s = suite_create("base");
  TCase *tc = tcase_create("base");
  tcase_add_test(tc, test_buf_basic);
  tcase_add_test(tc, test_vec);
  tcase_add_test(tc, test_alloc);
  tcase_add_test(tc, test_newn_zero);
  tcase_add_test(tc, test_push);
  tcase_add_exit_test(tc, test_newn_overflow, ZAN_EXIT_INTERNAL);
  tcase_add_test(tc, test_utf8_decode);
  tcase_add_test(tc, test_utf8_nfc_quick);
  tcase_add_test(tc, test_utf8_encode_roundtrip);
  tcase_add_test(tc, test_utf8_validate_count);
  tcase_add_test(tc, test_utf8_nfc);
  tcase_add_test(tc, test_utf8_ident);
  tcase_add_test(tc, test_utf8_width);
  tcase_add_test(tc, test_source_linecol);
  tcase_add_test(tc, test_source_stem);
  tcase_add_test(tc, test_source_read_file);
  tcase_add_test(tc, test_loc_span);
  tcase_add_test(tc, test_diag_print);
  tcase_add_test(tc, test_diag_wide_and_span);
  tcase_add_test(tc, test_diag_path_note_noloc);
  tcase_add_test(tc, test_diag_color_and_limit);
  tcase_add_test(tc, test_messages);
  tcase_add_test(tc, test_exit_worst);
  suite_add_tcase(s, tc);
  return s;
}
