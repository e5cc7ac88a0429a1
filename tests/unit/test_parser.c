/* test_parser.c — unit tests of the grammar (lang/parser.y) and the AST (lang/ast.c): each
 * construct of docs/language.md dumps to the expected S-expression; errors are all reported. */
#include <check.h>
#include <glob.h>
#include <string.h>
#include "lang/base/alloc.h"
#include "lang/base/buf.h"
#include "lang/parse.h"
#include "helpers.h"

static Diags D;

static File *parse(const char *text) {
  diags_init(&D, LANG_EN);
  return parse_file(test_source(text), &D);
}

/* The dump of the only declaration of text, which must parse without errors. */
static const char *decl(const char *text) {
  File *f = parse(text);
  ck_assert_msg(D.nerrors == 0, "errors in %s:\n%s", text, diag_lines(&D));
  ck_assert_int_eq(f->decls.n, 1);
  return ast_dump(f->decls.items[0]);
}

/* The dump of expression e (parsed as a constant's value). */
static const char *expr(const char *e) {
  File *f = parse(zan_sprintf("const c = %s", e));
  ck_assert_msg(D.nerrors == 0, "errors in %s:\n%s", e, diag_lines(&D));
  return ast_dump(f->decls.items[0]->as.cnst.value);
}

#define DECL_EQ(text, want) ck_assert_str_eq(decl(text), want)
#define EXPR_EQ(text, want) ck_assert_str_eq(expr(text), want)

START_TEST(test_module_and_imports) {
  File *f = parse("-- header comment\nmodule prohibited in force from 2026-01-18\n"
                  "import facts            -- facts.zan\nimport std.dates\n");
  ck_assert_int_eq(D.nerrors, 0);
  ck_assert_str_eq(ast_dump_file(f),
    "(file\n  (module prohibited (in-force 2026-01-18))\n  (import facts)\n  (import std.dates))");
  ck_assert_int_eq(f->ncomments, 2);
  ck_assert_str_eq(f->comments[1].text, " facts.zan");
  /* a module name is a file stem: keywords are allowed there (policy.zan) */
  f = parse("module policy\nimport test.rule\npolicy p");
  ck_assert_int_eq(D.nerrors, 0);
  ck_assert_str_eq(ast_dump_file(f), "(file\n  (module policy)\n  (import test.rule)\n  (policy p))");
  /* module after a declaration is an error */
  parse("import a\nmodule m");
  ck_assert_str_eq(diag_lines(&D), "2:1: 'module' must be the first declaration of a file\n");
}
END_TEST

START_TEST(test_policy) {
  DECL_EQ("policy kz_ai_law\n  alias \"kz-ai-law\"\n  version \"230-VIII\"\n  subject system.id\n"
          "  as of assessment_date\n  title { kk \"а\" ru \"б\" en \"c\" }",
          "(policy kz_ai_law (alias \"kz-ai-law\") (version \"230-VIII\") (subject (. system id)) "
          "(as-of assessment_date) (title (kk \"а\") (ru \"б\") (en \"c\")))");
}
END_TEST

START_TEST(test_article) {
  DECL_EQ("article \"17.3.6\"\n  act \"230-VIII\"\n  title { en \"T\" }\n  status summary\n"
          "  source \"https://x\"\n  in force from 2026-01-18\n{ kk \"k\" ru \"r\" en \"e\" }",
          "(article \"17.3.6\" (act \"230-VIII\") (title (en \"T\")) (status summary) (source \"https://x\") "
          "(in-force 2026-01-18) (text (kk \"k\") (ru \"r\") (en \"e\")))");
  /* clauses in any order; until */
  DECL_EQ("article \"koap:641-1\" in force from 2026-01-18 until 2027-01-01 status official { en \"e\" }",
          "(article \"koap:641-1\" (status official) (in-force 2026-01-18 2027-01-01) (text (en \"e\")))");
  /* each text its own status and source (either order), before the text; `from` after it */
  DECL_EQ("article \"17.3.6\" {\n  ru status official source \"Z\" \"r\"\n"
          "  kk status unofficial_translation \"k\" from \"1a2b3c4d\"\n  en source \"3p\" status summary \"e\" from \"1a2b3c4d\"\n}",
          "(article \"17.3.6\" (text (ru status official source \"Z\" \"r\") (kk status unofficial_translation \"k\" from \"1a2b3c4d\") "
          "(en status summary source \"3p\" \"e\" from \"1a2b3c4d\")))");
}
END_TEST

START_TEST(test_text_status_errors) {
  /* a status or source given twice in one text is a duplicate clause */
  parse("article \"1\" { ru status official status summary \"r\" }");
  ck_assert_str_eq(diag_lines(&D), "1:34: 'status' is given twice\n");
  parse("article \"1\" { ru source \"a\" source \"b\" \"r\" }");
  ck_assert_str_eq(diag_lines(&D), "1:29: 'source' is given twice\n");
  /* the status word comes before the text, not after it */
  parse("article \"1\" { ru \"r\" status official }");
  ck_assert_int_eq(D.nerrors, 1);
}
END_TEST

START_TEST(test_statute_clause) {
  DECL_EQ("policy p\n  statute \"230-VIII\" ru \"sources/230-VIII.ru.md\"\n  statute \"230-VIII\" kk \"k.md\"",
          "(policy p (statute \"230-VIII\" ru \"sources/230-VIII.ru.md\") (statute \"230-VIII\" kk \"k.md\"))");
  File *f = parse("-- zan: keywords ru\nполитика p текст закона \"A\" ru \"a.md\"");
  ck_assert_int_eq(D.nerrors, 0);
  ck_assert_int_eq(f->decls.items[0]->as.policy.nstatutes, 1);
  f = parse("-- zan: keywords kk\nсаясат p заң мәтіні \"A\" ru \"a.md\"");
  ck_assert_int_eq(D.nerrors, 0);
  ck_assert_int_eq(f->decls.items[0]->as.policy.nstatutes, 1);
}
END_TEST

START_TEST(test_enum_and_types) {
  DECL_EQ("enum Tier { minimal < medium < high }", "(enum Tier ordered minimal medium high)");
  DECL_EQ("enum HumanRole { final_choice, can_correct, no_correction }",
          "(enum HumanRole final_choice can_correct no_correction)");
  DECL_EQ("enum Practice {\n  social_scoring label { en \"social scoring\" },\n  emotion\n}",
          "(enum Practice (social_scoring (label (en \"social scoring\"))) emotion)");
  DECL_EQ("enum Ws { a b c }", "(enum Ws a b c)");
  DECL_EQ("type Fine = record { mrp : int, kzt : int }", "(type Fine (record (mrp int) (kzt int)))");
  DECL_EQ("type X = record { a : set of Tier  b : list of record { c : date } }",
          "(type X (record (a (set-of Tier)) (b (list-of (record (c date))))))");
}
END_TEST

START_TEST(test_facts) {
  DECL_EQ("fact assessment_date : date\n  label { en \"Assessment date\" }",
          "(fact assessment_date date (label (en \"Assessment date\")))");
  DECL_EQ("fact system {\n  id : text\n  human_role : HumanRole at \"human_role\"\n"
          "    label { en \"Role\" }\n    ask { en \"Who?\" }\n"
          "  capabilities {\n    social_scoring : bool\n  }\n}",
          "(fact-group system (fact id text) (fact human_role HumanRole (at \"human_role\") "
          "(label (en \"Role\")) (ask (en \"Who?\"))) (fact-group capabilities (fact social_scoring bool)))");
  DECL_EQ("fact g at \"G\" label { en \"g\" } { x : set of Tier }",
          "(fact-group g (at \"G\") (label (en \"g\")) (fact x (set-of Tier)))");
}
END_TEST

START_TEST(test_outputs) {
  DECL_EQ("output risk_tier  : Tier            combine max   label { en \"r\" }",
          "(output risk_tier Tier (combine max) (label (en \"r\")))");
  DECL_EQ("output prohibited : set of Practice combine union default {}",
          "(output prohibited (set-of Practice) (combine union) (default (set)))");
  DECL_EQ("output fine : int default 0", "(output fine int (default 0))");
  DECL_EQ("output b : bool combine any", "(output b bool (combine any))");
  /* how amounts are shown: a unit (one text, or per language), rounding, per cent */
  DECL_EQ("output fine : decimal unit \"₸\" rounding 2 half_up default 0",
          "(output fine decimal (default 0) (unit \"₸\") (rounding 2 half_up))");
  DECL_EQ("output f : int rounding 0 half_even unit { ru \"МРП\" en \"MCI\" }",
          "(output f int (unit (ru \"МРП\") (en \"MCI\")) (rounding 0 half_even))");
  DECL_EQ("output r : decimal as  percent", "(output r decimal (as-percent))");
}
END_TEST

START_TEST(test_rules) {
  DECL_EQ("rule emotion_without_consent\n  cites \"17.3.6\"\n  in force from 2026-01-18\n"
          "  when system.capabilities.emotion_recognition\n   and not system.capabilities.emotion_consent\n"
          "  then prohibited includes emotion_recognition_without_consent\n"
          "  explain { en \"{system.name} determines emotions.\" }",
          "(rule emotion_without_consent (cites \"17.3.6\") (in-force 2026-01-18) "
          "(when (and (. (. system capabilities) emotion_recognition) (not (. (. system capabilities) emotion_consent)))) "
          "(then prohibited includes emotion_recognition_without_consent) "
          "(explain (en \"{system.name} determines emotions.\")))");
  DECL_EQ("exception repeat_offence to first_offence cites \"koap:641-1\"\n"
          "  when synthetic_unlabelled and system.within_year\n"
          "  then labelling_fine_mrp = repeat_fine(system.operator_size)",
          "(exception repeat_offence (to first_offence) (cites \"koap:641-1\") "
          "(when (and synthetic_unlabelled (. system within_year))) "
          "(then labelling_fine_mrp = (call repeat_fine (. system operator_size))))");
  /* one exception to several rules (commas optional), and to every rule of an output */
  DECL_EQ("exception research to tier_high, tier_unacceptable tier_low cites \"2\" then tier = minimal",
          "(exception research (to tier_high tier_unacceptable tier_low) (cites \"2\") (then tier = minimal))");
  DECL_EQ("exception military to all prohibited cites \"2\" when m then prohibited = {}",
          "(exception military (to all prohibited) (cites \"2\") (when m) (then prohibited = (set)))");
  DECL_EQ("rule r cites \"1\", \"2\" \"3\" then x = 1 when a in force until 2030-01-01",
          "(rule r (cites \"1\" \"2\" \"3\") (in-force _ 2030-01-01) (when a) (then x = 1))");
  /* `in force` after an expression is a clause, not the operator `in` */
  DECL_EQ("rule r when a in xs in force from 2026-01-01 then y = a",
          "(rule r (in-force 2026-01-01) (when (in a xs)) (then y = a))");
}
END_TEST

START_TEST(test_fn_const_parameter) {
  DECL_EQ("fn overdue(last : date, on : date) : bool = on > anniversary(last, 1 year)",
          "(fn overdue ((last date) (on date)) bool (> on (call anniversary last (duration P1Y))))");
  DECL_EQ("fn describe(x : int) : text handles unknown = if known(x) then \"known\" else \"unknown\"",
          "(fn describe ((x int)) text handles-unknown (if (call known x) \"known\" \"unknown\"))");
  DECL_EQ("fn zero() : int = 0", "(fn zero () int 0)");
  DECL_EQ("const HIGH : set of Impact = { social_emergency, man_made_emergency }",
          "(const HIGH (set-of Impact) (set social_emergency man_made_emergency))");
  DECL_EQ("parameter mrp : int  cites \"mrp\"  label { en \"MRP\" } {\n  2026-01-01: 4325\n  2025-01-01: 3932\n}",
          "(parameter mrp int (cites \"mrp\") (label (en \"MRP\")) (2026-01-01 4325) (2025-01-01 3932))");
}
END_TEST

START_TEST(test_tests) {
  DECL_EQ("test \"emotion\" as of 2026-03-01 {\n  given {\n    system.capabilities.emotion_recognition = true\n"
          "    system.capabilities.emotion_consent = false\n    system.kind = unknown\n  }\n"
          "  expect prohibited contains emotion_recognition_without_consent\n  expect must_suspend\n"
          "  expect risk_tier undetermined\n}",
          "(test \"emotion\" (as-of 2026-03-01) "
          "(given (. (. system capabilities) emotion_recognition) true) "
          "(given (. (. system capabilities) emotion_consent) false) (given (. system kind) unknown) "
          "(expect (contains prohibited emotion_recognition_without_consent)) (expect must_suspend) "
          "(expect-undetermined risk_tier))");
  /* what operators see: the certain lower bound, and the facts an undetermined output needs */
  DECL_EQ("test \"t\" { expect risk_tier at least high  expect prohibited at least {a}\n"
          "  expect risk_tier undetermined needs {system.kind, system.role} }",
          "(test \"t\" (expect-at-least risk_tier high) (expect-at-least prohibited (set a)) "
          "(expect-needs risk_tier (set (. system kind) (. system role))))");
}
END_TEST

START_TEST(test_expressions) {
  EXPR_EQ("a or b and not c", "(or a (and b (not c)))");
  EXPR_EQ("not a = b", "(not (= a b))");
  EXPR_EQ("1 + 2 * 3 - 4 / 5", "(- (+ 1 (* 2 3)) (/ 4 5))");
  EXPR_EQ("-a * b", "(* (neg a) b)");
  /* a percentage is the decimal a hundredth of it, exact: the point moves two places */
  EXPR_EQ("7 %", "0.07");
  EXPR_EQ("12.5%", "0.125");
  EXPR_EQ("1_250 % * x", "(* 12.50 x)");
  EXPR_EQ("-0.5 %", "(neg 0.005)");
  EXPR_EQ("- a.b(1)", "(neg (call (. a b) 1))");
  EXPR_EQ("x in {age, disability}", "(in x (set age disability))");
  EXPR_EQ("s contains x or s intersects t", "(or (contains s x) (intersects s t))");
  EXPR_EQ("a != b", "(!= a b)");
  EXPR_EQ("a <= b and c >= d and e < f and g > h",
          "(and (and (and (<= a b) (>= c d)) (< e f)) (> g h))");
  EXPR_EQ("if a then b else c or d", "(if a b (or c d))");
  EXPR_EQ("if a then if b then 1 else 2 else 3", "(if a (if b 1 2) 3)");
  EXPR_EQ("any x in xs : x > 1 and y", "(any x xs (and (> x 1) y))");
  EXPR_EQ("all x in xs : known(x)", "(all x xs (call known x))");
  EXPR_EQ("match system.human_role { final_choice -> low  can_correct | other -> medium  else -> high }",
          "(match (. system human_role) (arm (final_choice) low) (arm (can_correct other) medium) (else high))");
  EXPR_EQ("Fine(mrp = 1, kzt = 2 + 3)", "(call Fine (= mrp 1) (= kzt (+ 2 3)))");
  EXPR_EQ("f(a, (b = c))", "(call f a (= b c))");
  EXPR_EQ("[1, 2, 3,]", "(list 1 2 3)");
  EXPR_EQ("[]", "(list)");
  EXPR_EQ("{}", "(set)");
  EXPR_EQ("1 year + 6 months + 2 weeks + 30 days + 1 day + 1 week + 1 month + 2 years",
          "(+ (+ (+ (+ (+ (+ (+ (duration P1Y) (duration P6M)) (duration P14D)) (duration P30D)) (duration P1D)) (duration P7D)) (duration P1M)) (duration P2Y))");
  EXPR_EQ("as_of - 2026-01-18", "(- as_of 2026-01-18)");
  EXPR_EQ("\"t\\n\" = 1_000.75", "(= \"t\\n\" 1000.75)");
  EXPR_EQ("Tier.high", "(. Tier high)");
  EXPR_EQ("(a or b) and c", "(and (or a b) c)");
}
END_TEST

/* Parentheses leave the tree's shape alone and are recorded on the node they enclose: the
 * outermost pair, `(` to just after `)` (the formatter keeps those that help a reader). */
START_TEST(test_parentheses_recorded) {
  const char *src = "const c = ((a and b)) or (c) or d";
  File *f = parse(src);
  ck_assert_int_eq(D.nerrors, 0);
  const Node *v = f->decls.items[0]->as.cnst.value;           /* (or (or (and a b) c) d) */
  ck_assert_str_eq(ast_dump(v), "(or (or (and a b) c) d)");
  const Node *outer_or = v, *inner_or = v->as.binary.l, *and_ = inner_or->as.binary.l;
  ck_assert(!ast_parenthesized(outer_or));
  ck_assert(!ast_parenthesized(inner_or));
  ck_assert(!ast_parenthesized(v->as.binary.r));
  ck_assert(ast_parenthesized(and_));
  ck_assert_uint_eq(and_->paren_start, (uint32_t)(strstr(src, "((") - src));
  ck_assert_uint_eq(and_->paren_end, (uint32_t)(strstr(src, "))") - src + 2));
  ck_assert_uint_eq(and_->loc.start, (uint32_t)(strstr(src, "a and") - src));   /* loc: without them */
  const Node *c = inner_or->as.binary.r;
  ck_assert(ast_parenthesized(c));
  ck_assert_uint_eq(c->paren_end - c->paren_start, 3);
}
END_TEST

/* `year(d)`, `month(d)`, `day(d)`: a unit keyword followed by `(` calls the built-in */
START_TEST(test_date_part_calls) {
  EXPR_EQ("year(d)", "(call year d)");
  EXPR_EQ("month(s.start) + day(as_of) * 2", "(+ (call month (. s start)) (* (call day as_of) 2))");
  EXPR_EQ("year(d) - year(anniversary(d, 1 year))",
          "(- (call year d) (call year (call anniversary d (duration P1Y))))");
  EXPR_EQ("2 day", "(duration P2D)");
  EXPR_EQ("if day(d) = 1 then 1 month else 2 months", "(if (= (call day d) 1) (duration P1M) (duration P2M))");
  /* the name keeps its English spelling for the checker, its place is the keyword's */
  File *f = parse("const c = month(d)");
  ck_assert_int_eq(D.nerrors, 0);
  Node *callee = f->decls.items[0]->as.cnst.value->as.call.callee;
  ck_assert_str_eq(callee->as.name.name.text, "month");
  ck_assert_int_eq(callee->as.name.name.loc.start, 10);
  ck_assert_int_eq(callee->as.name.name.loc.end, 15);
  /* only directly followed by `(`: alone, or a plural, it is still no value */
  parse("const c = year + 1");
  ck_assert_int_eq(D.nerrors, 1);
  parse("const c = years(d)");
  ck_assert_int_eq(D.nerrors, 1);
}
END_TEST

START_TEST(test_ast_helpers) {
  ck_assert_str_eq(ast_kind_name(N_RULE), "rule");
  ck_assert_str_eq(ast_kind_name(N_ERROR), "error");
  ck_assert_str_eq(op_text(OP_LE), "<=");
  ck_assert_str_eq(op_text(OP_INTERSECTS), "intersects");
  File *f = parse("rule r when a and b then x = 1");
  Node *r = f->decls.items[0];
  ck_assert_uint_eq(r->loc.start, 0);
  ck_assert_uint_eq(r->loc.end, strlen("rule r when a and b then x = 1"));
  Node *w = r->as.rule.when;
  ck_assert_int_eq(w->kind, N_BINARY);
  ck_assert_uint_eq(w->loc.start, 12);
  ck_assert_uint_eq(w->loc.end, 19);
  ck_assert_uint_eq(w->as.binary.op_loc.start, 14);
  ck_assert_str_eq(r->as.rule.target.text, "x");
}
END_TEST

START_TEST(test_many_errors) {
  File *f = parse("module e\n"
                  "rule a cites \"1\"\n"
                  "  when x and y\n"
                  "  out = 1\n"
                  "rule b cites \"2\" when (a + ) then o = 1\n"
                  "enum Tier { low < medium, high }\n"
                  "fact status : bool\n"
                  "test \"t\" {\n"
                  "  given { a = 1 b = }\n"
                  "  expect x\n"
                  "}\n"
                  "article \"1\" in force from 2026-02-30 { en \"x\" }\n"
                  "output ok : int\n"
                  "rule c when a then b = 1 when c\n"
                  "const k = a < b < c\n"
                  "output z : int default \"abc\n");
  ck_assert_str_eq(diag_lines(&D),
    "4:3: expected 'then', found identifier 'out'\n"
    "  4:3: note: did you forget 'then' before the output?\n"
    "5:28: expected an expression, found ')'\n"
    "6:25: an enum is either ordered ('<' between all members) or not (',' or spaces); this one mixes both\n"
    "7:6: expected identifier, found 'status'\n"
    "  7:6: note: 'status' is a keyword; choose another name\n"
    "9:21: expected an expression, found '}'\n"
    "12:27: impossible date 2026-02-30\n"
    "14:26: 'when' is given twice\n"
    "15:17: unexpected '<'\n"
    "16:24: unterminated string: missing closing '\"'\n");
  /* what parsed is kept: the test's `expect x`, the output, the rule c */
  ck_assert_int_eq(D.nerrors, 9);
  int outputs = 0, tests = 0, errors = 0;
  for (int i = 0; i < f->decls.n; i++) {
    Node *n = f->decls.items[i];
    if (n->kind == N_OUTPUT) outputs++;
    if (n->kind == N_TEST) { tests++; ck_assert_int_eq(n->as.test.expects.n, 1); }
    if (n->kind == N_ERROR) errors++;
  }
  ck_assert_int_eq(outputs, 1);
  ck_assert_int_eq(tests, 1);
  ck_assert_int_ge(errors, 4);
}
END_TEST

START_TEST(test_error_messages) {
  parse("rule r when a then = 1");
  ck_assert_str_eq(diag_lines(&D), "1:20: expected identifier, found '='\n");
  parse("output o : int unit \"₸\" unit \"$\"");
  ck_assert_str_eq(diag_lines(&D), "1:25: 'unit' is given twice\n");
  parse("output o : decimal rounding 2\nrule r");
  ck_assert_str_eq(diag_lines(&D),
                   "1:29: 'rounding' needs a mode after the number of places: half_up, half_even, down or up\n");
  parse("output o : decimal rounding half_up");
  ck_assert_str_eq(diag_lines(&D), "1:29: expected integer, found identifier 'half_up'\n");
  parse("output o : int combine");
  ck_assert_str_eq(diag_lines(&D), "1:23: expected identifier, 'any' or 'all', found end of file\n");
  parse("fact f : int at 3");
  ck_assert_str_eq(diag_lines(&D), "1:17: expected text, found integer '3'\n");
  parse("test \"t\" { expect }");
  ck_assert_str_eq(diag_lines(&D), "1:19: expected an expression, found '}'\n");
  parse("enum E { < a }");
  ck_assert_str_eq(diag_lines(&D), "1:10: '<' must stand between two members\n");
  parse("rule r when (a");
  ck_assert_str_eq(diag_lines(&D), "1:15: expected ')', found end of file\n");
  /* a lexical error gives one message, not a cascade */
  parse("rule r when a § b then x = 1\nrule s when 2026-13-01 then y = 1\nconst ok = 1");
  ck_assert_str_eq(diag_lines(&D), "1:15: unexpected character '§' (U+00A7)\n2:13: impossible date 2026-13-01\n");
  /* deep nesting is an error, never a crash */
  Buf b;
  buf_init(&b);
  buf_puts(&b, "const c = ");
  for (int i = 0; i < 30000; i++) buf_push(&b, '(');
  parse(buf_cstr(&b));
  ck_assert_int_ge(D.nerrors, 1);
  ck_assert_str_eq(msg_name(D.first->id), "E_PARSE_TOO_DEEP");
}
END_TEST

START_TEST(test_empty_and_comments_only) {
  File *f = parse("");
  ck_assert_int_eq(D.nerrors, 0);
  ck_assert_int_eq(f->decls.n, 0);
  f = parse("-- only a comment");
  ck_assert_int_eq(D.nerrors, 0);
  ck_assert_int_eq(f->ncomments, 1);
}
END_TEST

/* The bundled law and the standard library parse without a syntax error. */
START_TEST(test_bundled_sources_parse) {
  const char *pats[] = { ZAN_SOURCE_ROOT "/policies/*/*.zan", ZAN_SOURCE_ROOT "/stdlib/*.zan" };
  int nfiles = 0;
  for (int k = 0; k < 2; k++) {
    glob_t g;
    if (glob(pats[k], 0, NULL, &g) != 0) continue;
    for (size_t i = 0; i < g.gl_pathc; i++) {
      const char *err;
      Source *s = source_read_file(g.gl_pathv[i], &err);
      ck_assert_msg(s != NULL, "%s: %s", g.gl_pathv[i], err);
      diags_init(&D, LANG_EN);
      File *f = parse_file(s, &D);
      ck_assert_msg(D.nerrors == 0, "%s:\n%s", g.gl_pathv[i], diag_lines(&D));
      ck_assert_msg(f->decls.n > 0 || f->nimports > 0, "%s: nothing parsed", g.gl_pathv[i]);
      nfiles++;
    }
    globfree(&g);
  }
  ck_assert_int_gt(nfiles, 0);
}
END_TEST

Suite *suite_parser(void) {
  Suite *s = suite_create("parser");
  TCase *tc = tcase_create("parser");
  tcase_add_test(tc, test_module_and_imports);
  tcase_add_test(tc, test_policy);
  tcase_add_test(tc, test_article);
  tcase_add_test(tc, test_enum_and_types);
  tcase_add_test(tc, test_facts);
  tcase_add_test(tc, test_outputs);
  tcase_add_test(tc, test_rules);
  tcase_add_test(tc, test_fn_const_parameter);
  tcase_add_test(tc, test_tests);
  tcase_add_test(tc, test_expressions);
  tcase_add_test(tc, test_date_part_calls);
  tcase_add_test(tc, test_parentheses_recorded);
  tcase_add_test(tc, test_ast_helpers);
  tcase_add_test(tc, test_many_errors);
  tcase_add_test(tc, test_error_messages);
  tcase_add_test(tc, test_text_status_errors);
  tcase_add_test(tc, test_statute_clause);
  tcase_add_test(tc, test_empty_and_comments_only);
  tcase_add_test(tc, test_bundled_sources_parse);
  suite_add_tcase(s, tc);
  return s;
}
