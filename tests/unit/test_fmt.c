/* test_fmt.c — unit tests of the formatter and the keyword-set conversion (lang/author/fmt.c), and of
 * the keyword sets in the lexer: the first-line pragma, multi-word keywords, hints. */
#include <check.h>
#include <glob.h>
#include <string.h>
#include "lang/base/alloc.h"
#include "lang/base/buf.h"
#include "lang/author/fmt.h"
#include "lang/lexer.h"
#include "lang/parse.h"
#include "helpers.h"

static Diags D;

/* fmt of text, which must have no errors. */
static const char *fmt(const char *text) {
  diags_init(&D, LANG_EN);
  const char *out = fmt_source(test_source(text), &D, NULL);
  ck_assert_msg(out != NULL, "fmt refused:\n%s\n%s", text, diag_lines(&D));
  return out;
}

static const char *conv(const char *text, int set) {
  diags_init(&D, LANG_EN);
  const char *out = fmt_convert_keywords(test_source(text), set, &D, NULL);
  ck_assert_msg(out != NULL, "conversion refused:\n%s", diag_lines(&D));
  return out;
}

/* The syntax tree of text as an S-expression (no places): equal dumps, equal meaning. */
static const char *dump(const char *text) {
  Diags d;
  diags_init(&d, LANG_EN);
  File *f = parse_file(test_source(text), &d);
  ck_assert_msg(d.nerrors == 0, "errors in:\n%s", text);
  return ast_dump_file(f);
}

static int count(const char *hay, const char *needle) {
  int n = 0;
  for (const char *p = hay; (p = strstr(p, needle)); p += strlen(needle)) n++;
  return n;
}

/* A file with comments in every place a comment can stand. */
static const char *COMMENTED =
  "-- header of the file\n"
  "\n"
  "module m   -- trailing the module\n"
  "import facts\n"
  "-- before a rule\n"
  "rule r   -- on the head line\n"
  "  explain { en \"why\"  -- after a text\n"
  "            -- between texts\n"
  "            ru \"почему\" }\n"
  "  -- before the condition\n"
  "  when a    -- after operand a\n"
  "   and b    -- after b\n"
  "  then x = f(1,  -- inside a call\n"
  "               2)\n"
  "  cites \"1\" -- after cites\n"
  "fn g(o : T) : int = match o {\n"
  "  p -> 1   -- arm p\n"
  "  -- before q\n"
  "  q -> 2\n"
  "  -- at the end of the match\n"
  "}\n"
  "test \"t\" {  -- the test's brace\n"
  "  given {\n"
  "    -- a given\n"
  "    a = true   -- trailing a given\n"
  "  }\n"
  "  expect x = 1   -- trailing an expect\n"
  "  -- last in the test\n"
  "}\n"
  "-- at the end of the file\n";

START_TEST(test_comments_kept) {
  const char *out = fmt(COMMENTED);
  const char *comments[] = { "-- header of the file", "-- trailing the module", "-- before a rule",
    "-- on the head line", "-- after a text", "-- between texts", "-- before the condition",
    "-- after operand a", "-- after b", "-- inside a call", "-- after cites", "-- arm p", "-- before q",
    "-- at the end of the match", "-- the test's brace", "-- a given", "-- trailing a given",
    "-- trailing an expect", "-- last in the test", "-- at the end of the file" };
  for (size_t i = 0; i < sizeof comments / sizeof comments[0]; i++)
    ck_assert_msg(count(out, comments[i]) == 1, "'%s' %d times in:\n%s", comments[i], count(out, comments[i]), out);
  ck_assert_str_eq(fmt(out), out);                     /* idempotent */
  ck_assert_str_eq(dump(out), dump(COMMENTED));        /* the same tree */
  /* trailing comments stay on their line; the clause keeps its comments when it moves */
  ck_assert_ptr_nonnull(strstr(out, "module m  -- trailing the module\n"));
  ck_assert_ptr_nonnull(strstr(out, "rule r  -- on the head line\n  cites \"1\"  -- after cites\n"
                                    "  -- before the condition\n  when a  -- after operand a\n   and b  -- after b\n"));
  ck_assert_ptr_nonnull(strstr(out, "    a = true  -- trailing a given\n"));
  ck_assert_ptr_nonnull(strstr(out, "    -- before q\n    q -> 2\n    -- at the end of the match\n  }"));
  /* the comment inside a flat call goes before its clause */
  ck_assert_ptr_nonnull(strstr(out, "  -- inside a call\n  then x = f(1, 2)\n"));
}
END_TEST

START_TEST(test_canonical_forms) {
  /* clause order, indentation, one blank line between declarations, kept literals */
  ck_assert_str_eq(fmt("rule r explain { en \"x\" } then y = 865_000 when a cites \"2\", \"1\" in force from 2026-01-18\n"
                       "\n\n\noutput y : int default 1_000 combine max\n"),
                   "rule r\n  cites \"2\", \"1\"\n  in force from 2026-01-18\n  when a\n  then y = 865_000\n"
                   "  explain { en \"x\" }\n\noutput y : int\n  combine max\n  default 1_000\n");
  /* strings exactly as written: escapes are not decoded, non-NFC bytes not touched */
  ck_assert_str_eq(fmt("const C = \"a\\u{41}\\n\\\"q\\\"\"\n"), "const C = \"a\\u{41}\\n\\\"q\\\"\"\n");
  ck_assert_str_eq(fmt("const D = 1_000.750\n"), "const D = 1_000.750\n");
  ck_assert_str_eq(fmt("const E = 2\n   years\n"), "const E = 2 years\n");
  ck_assert_str_eq(fmt("const P = 7%  * x + 12.5\n  %\n"), "const P = 7 % * x + 12.5 %\n");
  /* an output's rendering: unit, as percent, rounding after default, before the label */
  ck_assert_str_eq(fmt("output f : decimal label { en \"F\" } rounding  2 half_up unit \"₸\" default 0\n"),
                   "output f : decimal\n  default 0\n  unit \"₸\"\n  rounding 2 half_up\n  label { en \"F\" }\n");
  ck_assert_str_eq(fmt("output r : decimal rounding 1 half_even as   percent\n"),
                   "output r : decimal\n  as percent\n  rounding 1 half_even\n");
  ck_assert_str_eq(fmt("output m : int unit {en \"MCI\" ru \"МРП\"}\n"),
                   "output m : int\n  unit { en \"MCI\" ru \"МРП\" }\n");
  ck_assert_str_eq(fmt("exception e to a,b  c cites \"1\" then x = 1\n"), "exception e to a, b, c\n  cites \"1\"\n  then x = 1\n");
  ck_assert_str_eq(fmt("exception e to  all   x then x = {} cites \"1\"\n"), "exception e to all x\n  cites \"1\"\n  then x = {}\n");
  ck_assert_str_eq(fmt("test \"t\" { expect x  at   least 3 expect x undetermined\n needs { a.b,c } }\n"),
                   "test \"t\" {\n  expect x at least 3\n  expect x undetermined needs {a.b, c}\n}\n");
  /* parentheses where the grammar needs them, and only there */
  ck_assert_str_eq(fmt("const A = ((a + b)) * c - (d - e)\n"), "const A = (a + b) * c - (d - e)\n");
  ck_assert_str_eq(fmt("const A = - (-x)\n"), "const A = -(-x)\n");
  ck_assert_str_eq(fmt("const A = f((x = 1), y = 2)\n"), "const A = f((x = 1), y = 2)\n");
  ck_assert_str_eq(fmt("const A = (if a then 1 else 2) + 1\n"), "const A = (if a then 1 else 2) + 1\n");
  ck_assert_str_eq(fmt("const A = not (s contains x) and not b\n"), "const A = not (s contains x) and not b\n");
  ck_assert_str_eq(fmt("const A = (a = b) = c\n"), "const A = (a = b) = c\n");
  /* enums, facts, records, tests */
  ck_assert_str_eq(fmt("enum T{a<b<c}\nenum U { x y, z }\n"), "enum T { a < b < c }\n\nenum U { x, y, z }\n");
  ck_assert_str_eq(fmt("fact s { a : int b { c : bool } }\n"), "fact s {\n  a : int\n  b {\n    c : bool\n  }\n}\n");
  ck_assert_str_eq(fmt("type F = record { a : int b : text }\n"), "type F = record { a : int, b : text }\n");
  ck_assert_str_eq(fmt("test \"t\" as of 2026-03-01 { expect x undetermined given { a = 1 b = 2 } }\n"),
                   "test \"t\" as of 2026-03-01 {\n  given {\n    a = 1\n    b = 2\n  }\n  expect x undetermined\n}\n");
  ck_assert_str_eq(fmt("test \"t\" { given { a = 1 } expect x }\n"), "test \"t\" {\n  given { a = 1 }\n  expect x\n}\n");
  /* a long condition breaks at and/or, the operands aligned; inner chains inside parentheses */
  const char *in = "rule r cites \"1\" when system.capabilities.first_long_condition and (not system.a_second_long_condition_here or system.third_condition_that_is_long) then x = 1\n";
  const char *out = fmt(in);
  ck_assert_str_eq(out, "rule r\n  cites \"1\"\n  when system.capabilities.first_long_condition\n"
                        "   and (not system.a_second_long_condition_here\n     or system.third_condition_that_is_long)\n  then x = 1\n");
  ck_assert_str_eq(dump(out), dump(in));
  ck_assert_str_eq(fmt(out), out);
  /* a long function body goes to the next line; a long set fills lines */
  out = fmt("fn f(a : int) : int = if a > 100000000000 then a + 1000000000000000 else a - 10000000000000000 * 3 + b_long_name\n");
  ck_assert_str_eq(out, "fn f(a : int) : int =\n  if a > 100000000000 then a + 1000000000000000 else a - 10000000000000000 * 3 + b_long_name\n");
  out = fmt("const S : set of T = {aaaaaaaaaaaaaaa, bbbbbbbbbbbbbbbbbbb, ccccccccccccccccccc, ddddddddddddddddddd, eeeeeeeeeeeeeeeee, ffffffffffffffffffffff, gggggggggg}\n");
  ck_assert_str_eq(out, "const S : set of T = {\n  aaaaaaaaaaaaaaa, bbbbbbbbbbbbbbbbbbb, ccccccccccccccccccc, ddddddddddddddddddd, eeeeeeeeeeeeeeeee,\n"
                        "  ffffffffffffffffffffff, gggggggggg\n}\n");
  ck_assert_str_eq(fmt(out), out);
  /* translations' fingerprints are printed */
  ck_assert_str_eq(fmt("article \"1\" { en \"x\" ru \"y\" from \"3f2a\" }\n"), "article \"1\"\n{ en \"x\" ru \"y\" from \"3f2a\" }\n");
  /* a text's own status and source: status first, then source, then the text */
  ck_assert_str_eq(fmt("article \"1\" {\nru source \"Z\"   status official \"y\"\n en status summary \"x\" from \"3f2a\" }\n"),
                   "article \"1\"\n{\n  ru status official source \"Z\" \"y\"\n  en status summary \"x\" from \"3f2a\"\n}\n");
  ck_assert_str_eq(fmt("article \"1\" { ru status official \"y\" }\n"), "article \"1\"\n{ ru status official \"y\" }\n");
  /* statute clauses: after the title, in the order written */
  in = "policy p statute \"B\" ru \"b.md\" title { en \"t\" } statute \"A\" kk \"a.md\"\n";
  out = fmt(in);
  ck_assert_str_eq(out, "policy p\n  title { en \"t\" }\n  statute \"B\" ru \"b.md\"\n  statute \"A\" kk \"a.md\"\n");
  ck_assert_str_eq(dump(out), dump(in));
  ck_assert_str_eq(conv(conv(out, 1), 0), out);
  ck_assert_ptr_nonnull(strstr(conv(out, 1), "  текст закона \"B\" ru \"b.md\"\n"));
  ck_assert_ptr_nonnull(strstr(conv(out, 2), "  заң мәтіні \"A\" kk \"a.md\"\n"));
  /* a file with errors is refused */
  diags_init(&D, LANG_EN);
  ck_assert_ptr_null(fmt_source(test_source("rule r when\n"), &D, NULL));
  ck_assert_ptr_nonnull(strstr(diag_lines(&D), "not formatted"));
}
END_TEST

/* Every bundled file: idempotent, the same tree, every comment kept; and the keyword-set
 * round trips give the original bytes. */
START_TEST(test_bundled_files) {
  glob_t g;
  int nfiles = 0;
  const char *pats[] = { "../policies/*/*.zan", "../stdlib/*.zan", "../tests/cli/*/*.zan",
                         "../tests/golden/check/*.zan", "../tests/golden/eval/*/*.zan", "../tests/bench/reference/*.zan" };
  for (size_t p = 0; p < sizeof pats / sizeof pats[0]; p++) {
    if (glob(pats[p], 0, NULL, &g) != 0) continue;
    for (size_t i = 0; i < g.gl_pathc; i++) {
      const char *why = NULL;
      Source *s = source_read_file(g.gl_pathv[i], &why);
      ck_assert_ptr_nonnull(s);
      diags_init(&D, LANG_EN);
      File *f = parse_file(s, &D);
      ck_assert_msg(D.nerrors == 0, "%s: %s", g.gl_pathv[i], diag_lines(&D));
      const char *out = fmt_file(f, NULL);
      ck_assert_msg(strcmp(fmt(out), out) == 0, "not idempotent: %s", g.gl_pathv[i]);
      ck_assert_msg(strcmp(dump(out), ast_dump_file(f)) == 0, "tree changed: %s", g.gl_pathv[i]);
      for (int c = 0; c < f->ncomments; c++) {
        const char *t = f->comments[c].text;
        size_t n = strlen(t);
        while (n && (t[n - 1] == ' ' || t[n - 1] == '\r')) n--;
        const char *want = zan_sprintf("--%.*s", (int)n, t);
        ck_assert_msg(strstr(out, want) != NULL, "%s: comment lost: %s", g.gl_pathv[i], want);
      }
      /* through each other set and back to the file's own (a golden file may use kk keywords) */
      for (int set = 0; set <= 2; set++) {
        if (set == f->keyword_set) continue;
        const char *k = conv(s->text, set);
        ck_assert_msg(strcmp(dump(k), ast_dump_file(f)) == 0, "%s: tree changed in set %d", g.gl_pathv[i], set);
        ck_assert_msg(strcmp(conv(k, f->keyword_set), s->text) == 0, "%s: round trip through set %d", g.gl_pathv[i], set);
      }
      nfiles++;
    }
    globfree(&g);
  }
  ck_assert_int_gt(nfiles, 40);
}
END_TEST

START_TEST(test_keyword_conversion) {
  const char *en =
    "module policy\n"
    "import std.dates\n"
    "policy p alias \"p\" subject s.id as of d\n"
    "rule r cites \"1\" in force from 2026-01-18 until 2027-01-01\n"
    "  when a in {x} and not (b intersects c) then o = 2 years + 1 year + 5 years + 22 days + year(d)\n"
    "output o : set of T combine any default {}\n"
    "test \"t\" as of 2026-01-01 { expect o undetermined }\n";
  const char *ru = conv(en, 1);
  ck_assert_str_eq(ru,
    "-- zan: keywords ru\n"
    "модуль policy\n"
    "импорт std.dates\n"
    "политика p псевдоним \"p\" субъект s.id по состоянию на d\n"
    "правило r согласно \"1\" действует с 2026-01-18 до 2027-01-01\n"
    "  когда a в {x} и не (b пересекается с c) то o = 2 года + 1 год + 5 лет + 22 дня + год(d)\n"
    "результат o : множество значений T объединение существует по умолчанию {}\n"
    "тест \"t\" по состоянию на 2026-01-01 { ожидается o не определено }\n");
  ck_assert_str_eq(dump(ru), dump(en));
  ck_assert_str_eq(conv(ru, 0), en);
  const char *kk = conv(en, 2);
  ck_assert_ptr_nonnull(strstr(kk, "-- zan: keywords kk\nмодуль policy\n"));
  ck_assert_ptr_nonnull(strstr(kk, "o = 2 жыл + 1 жыл + 5 жыл + 22 күн + жыл(d)"));
  ck_assert_str_eq(dump(kk), dump(en));
  ck_assert_str_eq(conv(kk, 0), en);
  ck_assert_str_eq(conv(kk, 1), ru);                 /* kk -> ru directly */
  ck_assert_str_eq(conv(en, 0), en);                 /* nothing to do */
  /* formatting works in the file's set, its keywords stay in it */
  const char *f = fmt(ru);
  ck_assert_ptr_nonnull(strstr(f, "-- zan: keywords ru\nмодуль policy\n"));
  ck_assert_ptr_nonnull(strstr(f, "правило r\n  согласно \"1\"\n  действует с 2026-01-18 до 2027-01-01\n  когда a в {x} и не (b пересекается с c)\n"));
  ck_assert_str_eq(dump(f), dump(en));
  ck_assert_str_eq(fmt(f), f);
}
END_TEST

START_TEST(test_keyword_collision) {
  diags_init(&D, LANG_EN);
  const char *text = "fact правило : bool\nrule r cites \"1\" when правило then x = 1\n";
  ck_assert_ptr_null(fmt_convert_keywords(test_source(text), 1, &D, NULL));
  ck_assert_str_eq(diag_lines(&D),
    "1:6: 'правило' is a keyword in the 'ru' keyword set: rename this identifier before converting the file\n"
    "2:23: 'правило' is a keyword in the 'ru' keyword set: rename this identifier before converting the file\n");
  /* the same file converts to Kazakh, where `правило` is no keyword */
  ck_assert_ptr_nonnull(conv(text, 2));
  /* a file with syntax errors is not converted */
  diags_init(&D, LANG_EN);
  ck_assert_ptr_null(fmt_convert_keywords(test_source("rule r when\n"), 1, &D, NULL));
}
END_TEST

START_TEST(test_pragma_and_sets) {
  /* the pragma chooses the set; other comments and English are the default */
  Diags d;
  diags_init(&d, LANG_EN);
  File *f = parse_file(test_source("-- zan: keywords kk\nереже r негіздеме \"1\" онда x = 1\n"), &d);
  ck_assert_int_eq(d.nerrors, 0);
  ck_assert_int_eq(f->keyword_set, 2);
  ck_assert_int_eq(f->decls.n, 1);
  f = parse_file(test_source("--zan:keywords   ru  \r\nправило r то x = 1\n"), &d);
  ck_assert_int_eq(d.nerrors, 0);
  ck_assert_int_eq(f->keyword_set, 1);
  f = parse_file(test_source("-- a comment\n-- zan: keywords ru\nrule r then x = 1\n"), &d);   /* first line only */
  ck_assert_int_eq(d.nerrors, 0);
  ck_assert_int_eq(f->keyword_set, 0);
  diags_init(&D, LANG_EN);
  parse_file(test_source("-- zan: keywords de\nrule r then x = 1\n"), &D);
  ck_assert_str_eq(diag_lines(&D), "1:18: unknown keyword set 'de': the first line chooses one with '-- zan: keywords en', 'ru' or 'kk'\n");
  /* multi-word keywords: one token, any white space between the words; the first word alone
   * is an identifier (`по`) or its own keyword (`не`, `in`) */
  diags_init(&d, LANG_EN);
  File *lf = ast_file_new(test_source(""));
  lf->keyword_set = 1;
  int n;
  LexToken *t = lex_all(test_source("по  состоянию\nна не определено не x по пересекается с"), &d, lf, &n);
  int want[] = { T_AS_OF, T_UNDETERMINED, T_NOT, T_IDENT, T_IDENT, T_INTERSECTS, T_END };
  ck_assert_int_eq(n, 7);
  for (int i = 0; i < n; i++) ck_assert_int_eq(t[i].kind, want[i]);
  lf = ast_file_new(test_source(""));
  t = lex_all(test_source("as of in force in forced as"), &d, lf, &n);
  int want_en[] = { T_AS_OF, T_IN_FORCE, T_IN, T_IDENT, T_IDENT, T_END };
  ck_assert_int_eq(n, 6);
  for (int i = 0; i < n; i++) ck_assert_int_eq(t[i].kind, want_en[i]);
  ck_assert_int_eq(lex_keyword("по умолчанию", strlen("по умолчанию"), 1), T_DEFAULT);
  ck_assert_int_eq(lex_keyword_other_set("по", 4, 0), 1);
  ck_assert_int_eq(lex_keyword_other_set("rule", 4, 0), -1);
  ck_assert_int_eq(lex_keyword_other_set("rule", 4, 2), 0);
}
END_TEST

START_TEST(test_messages_in_file_set) {
  /* expected keywords are named in the file's set; a keyword of another set gets a hint */
  diags_init(&D, LANG_EN);
  parse_file(test_source("-- zan: keywords ru\nправило r согласно \"1\" когда a\n  then x = 1\n"), &D);
  const char *m = diag_lines(&D);
  ck_assert_msg(strstr(m, "expected 'то', found identifier 'then'") != NULL, "%s", m);
  ck_assert_msg(strstr(m, "'then' is a keyword of the 'en' keyword set; this file uses 'ru' keywords") != NULL, "%s", m);
  diags_init(&D, LANG_EN);
  parse_file(test_source("правило r\n"), &D);
  m = diag_lines(&D);
  ck_assert_msg(strstr(m, "note: 'правило' is a keyword of the 'ru' keyword set; this file uses 'en' keywords "
                          "(a first line '-- zan: keywords ru' chooses the set") != NULL, "%s", m);
  diags_init(&D, LANG_EN);
  parse_file(test_source("-- zan: keywords kk\nереже r егер a егер b\n"), &D);
  ck_assert_msg(strstr(diag_lines(&D), "'егер' is given twice") != NULL, "%s", diag_lines(&D));
}
END_TEST

/* fmt of text: the same tree, a fixed point; returns the output. */
static const char *fmt_same(const char *text) {
  const char *out = fmt(text);
  ck_assert_msg(strcmp(dump(out), dump(text)) == 0, "tree changed:\n%s\n%s", text, out);
  ck_assert_str_eq(fmt(out), out);
  return out;
}

/* Written parentheses around an operation that is an operand of another stay; the rest go. */
START_TEST(test_parentheses_kept) {
  /* mixed and/or, both sides, and in every keyword set */
  ck_assert_str_eq(fmt_same("const A = (a and b) or c\n"), "const A = (a and b) or c\n");
  ck_assert_str_eq(fmt_same("const A = a or (b and c)\n"), "const A = a or (b and c)\n");
  ck_assert_str_eq(fmt_same("-- zan: keywords ru\nконстанта A = (a и b) или c\n"),
                   "-- zan: keywords ru\nконстанта A = (a и b) или c\n");
  ck_assert_str_eq(fmt_same("-- zan: keywords kk\nтұрақты A = (a және b) немесе c\n"),
                   "-- zan: keywords kk\nтұрақты A = (a және b) немесе c\n");
  /* the precedence would group them the same: the author's grouping still shows */
  ck_assert_str_eq(fmt_same("const A = (x = 1) or (not y) or a + (b * c)\n"),
                   "const A = (x = 1) or (not y) or a + (b * c)\n");
  /* noise: around a name or a literal, doubled, around the whole value, the same operator's
   * left operand */
  ck_assert_str_eq(fmt_same("const A = ((a)) and (1 < 2) and ((b or c))\n"),
                   "const A = a and (1 < 2) and (b or c)\n");
  ck_assert_str_eq(fmt_same("const A = ((a or b))\n"), "const A = a or b\n");
  ck_assert_str_eq(fmt_same("const A = (a and b) and c\n"), "const A = a and b and c\n");
  ck_assert_str_eq(fmt_same("const A = (1 + 2) + 3 - (4)\n"), "const A = 1 + 2 + 3 - 4\n");
  ck_assert_str_eq(fmt_same("const A = f((a and b), (c))\n"), "const A = f(a and b, c)\n");
  /* in a condition broken one operand a line, the kept parentheses are there too */
  ck_assert_str_eq(fmt_same("rule r cites \"1\" when (a = 1)\n and (b or c) then x = 1\n"),
                   "rule r\n  cites \"1\"\n  when (a = 1)\n   and (b or c)\n  then x = 1\n");
}
END_TEST

/* Long lists break within FMT_WIDTH, aligned after their opening bracket; what the author
 * broke over lines (a condition, an if-chain, a body on its own line) stays broken. */
START_TEST(test_long_lists) {
  const char *out = fmt_same("test \"t\" { expect obligations = {documentation, human_oversight, "
                             "inform_users, risk_management, security_and_reliability, user_support} }\n");
  ck_assert_str_eq(out, "test \"t\" {\n  expect obligations = {documentation, human_oversight, inform_users,"
                        " risk_management,\n                        security_and_reliability, user_support}\n}\n");
  /* an operand of a condition */
  out = fmt_same("rule r cites \"1\" when k in {aaaaaaaaaaaa, bbbbbbbbbbbbbbbbb, cccccccccccccccccccc, "
                 "ddddddddddddddddd, eeeeeeeeeeeeeeeeeeeeeee} then x = 1\n");
  ck_assert_str_eq(out, "rule r\n  cites \"1\"\n  when k in {aaaaaaaaaaaa, bbbbbbbbbbbbbbbbb, cccccccccccccccccccc, "
                        "ddddddddddddddddd,\n             eeeeeeeeeeeeeeeeeeeeeee}\n  then x = 1\n");
  /* citations, parameters, the bases of an exception */
  out = fmt_same("rule r cites \"15.1.1\", \"15.1.2\", \"15.1.3\", \"15.1.4\", \"15.1.5\", \"15.1.6\", "
                 "\"15.1.7\", \"15.1.8\", \"15.1.9\", \"15.1.10\", \"15.1.11\" then x = 1\n");
  ck_assert_str_eq(out, "rule r\n  cites \"15.1.1\", \"15.1.2\", \"15.1.3\", \"15.1.4\", \"15.1.5\", "
                        "\"15.1.6\", \"15.1.7\", \"15.1.8\", \"15.1.9\",\n        \"15.1.10\", \"15.1.11\"\n"
                        "  then x = 1\n");
  out = fmt_same("fn f(first_parameter : bool, second_parameter : date, third : int, fourth : duration) "
                 ": int handles unknown = 1\n");
  ck_assert_str_eq(out, "fn f(first_parameter : bool, second_parameter : date, third : int,\n"
                        "     fourth : duration) : int handles unknown = 1\n");
  out = fmt_same("fn f(first_parameter : bool, second_parameter : date, third_parameter : int, fourth : duration) "
                 ": int handles unknown = 1\n");
  ck_assert_str_eq(out, "fn f(first_parameter : bool, second_parameter : date, third_parameter : int,\n"
                        "     fourth : duration) : int handles unknown = 1\n");
  out = fmt_same("exception e to rule_number_one, rule_number_two, rule_number_three, rule_number_four, "
                 "rule_number_five cites \"1\" then x = 1\n");
  ck_assert_str_eq(out, "exception e to rule_number_one, rule_number_two, rule_number_three, rule_number_four,\n"
                        "               rule_number_five\n  cites \"1\"\n  then x = 1\n");
  /* an if-chain too long for its line breaks before every else, aligned under the `if` */
  out = fmt_same("fn g(s : int) : int = if s >= CRITICAL_FROM then 4 else if s >= HIGH_FROM then 3 "
                 "else if s >= ELEVATED_FROM then 2 else 1\n");
  ck_assert_str_eq(out, "fn g(s : int) : int =\n  if s >= CRITICAL_FROM then 4\n  else if s >= HIGH_FROM then 3\n"
                        "  else if s >= ELEVATED_FROM then 2\n  else 1\n");
  /* the author's line breaks stand; one-line constants written together stay together */
  ck_assert_str_eq(fmt_same("fn g(s : int) : int = if s > 1 then 1\n else 2\n"),
                   "fn g(s : int) : int =\n  if s > 1 then 1\n  else 2\n");
  ck_assert_str_eq(fmt_same("fn g(s : int) : bool =\n  s > 1\n"), "fn g(s : int) : bool =\n  s > 1\n");
  ck_assert_str_eq(fmt_same("fn g(s : int) : bool = s > 1\n"), "fn g(s : int) : bool = s > 1\n");
  ck_assert_str_eq(fmt_same("rule r cites \"1\" when a\n and b then x = 1\n"),
                   "rule r\n  cites \"1\"\n  when a\n   and b\n  then x = 1\n");
  ck_assert_str_eq(fmt_same("rule r cites \"1\" when a and b then x = 1\n"),
                   "rule r\n  cites \"1\"\n  when a and b\n  then x = 1\n");
  ck_assert_str_eq(fmt_same("const A = 1\nconst B = 2\n\nconst C = 3\n"), "const A = 1\nconst B = 2\n\nconst C = 3\n");
  /* trailing comments of match arms line up where they all fit within the width */
  out = fmt_same("fn u(o : T) : set of F = match o {\n"
                 "  a -> {x}  -- short\n"
                 "  bbbbbbbbbbbbbbbbbbbbbbbbbbbb -> {yyyyyyyyyyyyyyyyyyyyyyyyyy, zzzzzzzzzzzzzzzzzzzzzzzzzzzzz}  -- 21(2)\n"
                 "  c -> {w, v}  -- a longer comment here, of thirty\n}\n");
  ck_assert_ptr_nonnull(strstr(out, "    a                            -> {x}     -- short\n"));
  ck_assert_ptr_nonnull(strstr(out, "zzzzzzzzzzzzzzzzzzzzzzzzzzzzz}  -- 21(2)\n"));
  ck_assert_ptr_nonnull(strstr(out, "    c                            -> {w, v}  -- a longer comment here, of thirty\n"));
}
END_TEST

Suite *suite_fmt(void) {
  Suite *s = suite_create("fmt");
  TCase *tc = tcase_create("core");
  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, test_comments_kept);
  tcase_add_test(tc, test_canonical_forms);
  tcase_add_test(tc, test_bundled_files);
  tcase_add_test(tc, test_keyword_conversion);
  tcase_add_test(tc, test_keyword_collision);
  tcase_add_test(tc, test_pragma_and_sets);
  tcase_add_test(tc, test_messages_in_file_set);
  tcase_add_test(tc, test_parentheses_kept);
  tcase_add_test(tc, test_long_lists);
  suite_add_tcase(s, tc);
  return s;
}
