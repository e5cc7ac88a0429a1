/* test_limits.c — inputs built to exhaust the stack or the clock (docs/fuzzing.md): 100000
 * nested brackets in JSON, YAML and policy expressions, long `not` and `and` chains, constants
 * and functions that multiply work, and the function-call closure a fuzzer found cubic. Each
 * must end with a clear error (or a result), never a crash or a hang. */
#include <check.h>
#include <pthread.h>
#include <string.h>
#include "lang/base/alloc.h"
#include "lang/base/buf.h"
#include "lang/base/diag.h"
#include "lang/base/source.h"
#include "lang/parse.h"
#include "lang/check.h"
#include "interp/eval.h"
#include "interp/facts.h"

static bool has_msg(const Diags *d, MsgId id) {
  for (const Diag *g = d->first; g; g = g->next) if (g->id == id) return true;
  return false;
}

/* Text made of head, `open` n times, mid, `close` n times, tail. */
static Source *nested(const char *head, const char *open, const char *mid, const char *close, const char *tail, int n) {
  Buf b;
  buf_init(&b);
  buf_puts(&b, head);
  for (int i = 0; i < n; i++) buf_puts(&b, open);
  buf_puts(&b, mid);
  for (int i = 0; i < n; i++) buf_puts(&b, close);
  buf_puts(&b, tail);
  return source_from_string("t", buf_cstr(&b), b.len);
}

static const char *HEAD =
  "policy deep\n  version \"1\"\n"
  "article \"1\" status summary source \"x\" { kk \"a\" ru \"b\" en \"c\" }\n"
  "fact hot : bool\nfact n : int\noutput o : bool\n";

/* Parses and checks one module; the Program or NULL, diagnostics in d. */
static Program *compile(Source *src, Diags *d) {
  diags_init(d, LANG_EN);
  File *f = parse_file(src, d);
  return check_files(&f, 1, d);
}

static Program *compile_text(const char *text, Diags *d) {
  return compile(source_from_string("t.zan", text, strlen(text)), d);
}

/* ---- fact files ---- */

START_TEST(json_100000_brackets) {
  Diags d;
  diags_init(&d, LANG_EN);
  Buf out;
  buf_init(&out);
  ck_assert(!facts_canonical(nested("", "[", "1", "]", "", 100000), FMT_JSON, false, &out, &d));
  ck_assert(has_msg(&d, E_FACTS_TOO_DEEP));
  diags_init(&d, LANG_EN);
  ck_assert(!facts_canonical(nested("", "{\"a\":", "1", "}", "", 100000), FMT_JSON, false, &out, &d));
  ck_assert(has_msg(&d, E_FACTS_TOO_DEEP));
}
END_TEST

START_TEST(yaml_100000_brackets) {
  Diags d;
  diags_init(&d, LANG_EN);
  Buf out;
  buf_init(&out);
  ck_assert(!facts_canonical(nested("", "[", "1", "]", "\n", 100000), FMT_YAML, false, &out, &d));
  ck_assert(has_msg(&d, E_FACTS_TOO_DEEP));
  diags_init(&d, LANG_EN);
  ck_assert(!facts_canonical(nested("", "{a: ", "1", "}", "\n", 100000), FMT_YAML, false, &out, &d));
  ck_assert(has_msg(&d, E_FACTS_TOO_DEEP));
  diags_init(&d, LANG_EN);
  ck_assert(!facts_canonical(nested("", "- ", "1", "", "\n", 100000), FMT_YAML, false, &out, &d));
  ck_assert(d.nerrors > 0);
}
END_TEST

/* ---- policy expressions ---- */

START_TEST(policy_100000_parens) {
  Diags d;
  ck_assert_ptr_null(compile(nested(zan_sprintf("%srule r cites \"1\" when ", HEAD), "(", "hot", ")", " then o = true\n", 100000), &d));
  ck_assert(has_msg(&d, E_PARSE_TOO_DEEP) || has_msg(&d, E_PARSE_NESTED_TOO_DEEP));
}
END_TEST

START_TEST(policy_100000_nots) {
  Buf b;
  buf_init(&b);
  buf_puts(&b, HEAD);
  buf_puts(&b, "rule r cites \"1\" when ");
  for (int i = 0; i < 100000; i++) buf_puts(&b, "not ");
  buf_puts(&b, "hot then o = true\n");
  Diags d;
  ck_assert_ptr_null(compile_text(buf_cstr(&b), &d));
  ck_assert(has_msg(&d, E_PARSE_TOO_DEEP) || has_msg(&d, E_PARSE_NESTED_TOO_DEEP));
}
END_TEST

/* A left-associative chain keeps the parser's stack flat but makes a tree 100000 deep: the
 * depth limit (not bison's stack) must catch it, before the checker recurses into it. */
START_TEST(policy_100000_and_chain) {
  Buf b;
  buf_init(&b);
  buf_puts(&b, HEAD);
  buf_puts(&b, "rule r cites \"1\" when hot");
  for (int i = 0; i < 100000; i++) buf_puts(&b, " and hot");
  buf_puts(&b, " then o = true\n");
  Diags d;
  ck_assert_ptr_null(compile_text(buf_cstr(&b), &d));
  ck_assert(has_msg(&d, E_PARSE_NESTED_TOO_DEEP));
  ck_assert_int_eq(d.nerrors, 1);
}
END_TEST

/* Up to PARSE_MAX_DEPTH levels is a policy like any other: it checks and evaluates. */
static Program *nots(int n, Diags *d) {
  Buf b;
  buf_init(&b);
  buf_puts(&b, HEAD);
  buf_puts(&b, "rule r cites \"1\" when ");
  for (int i = 0; i < n; i++) buf_puts(&b, "not ");
  buf_puts(&b, "hot then o = true\n");
  return compile_text(buf_cstr(&b), d);
}

START_TEST(policy_depth_limit_exact) {
  Diags d;
  Program *p = nots(PARSE_MAX_DEPTH - 10, &d);   /* the rule and `when` take a few levels */
  ck_assert_ptr_nonnull(p);
  Val slots[2] = { val_bool(true), val_unknown() };   /* an even number of `not`s: true */
  Result *r = eval_program(p, slots, 20000, 0, LANG_EN);
  ck_assert_ptr_null(r->error);
  ck_assert(r->outputs[0].decided);
  ck_assert(r->outputs[0].value.kind == V_BOOL && r->outputs[0].value.as.b);
  ck_assert_ptr_null(nots(PARSE_MAX_DEPTH + 10, &d));
  ck_assert(has_msg(&d, E_PARSE_NESTED_TOO_DEEP));
}
END_TEST

/* ---- constants and functions that multiply the work ---- */

START_TEST(const_tree_is_bounded) {
  Buf b;
  buf_init(&b);
  buf_puts(&b, HEAD);
  buf_puts(&b, "const c0 = n\n");
  for (int i = 1; i < 40; i++) buf_printf(&b, "const c%d = c%d + c%d\n", i, i - 1, i - 1);   /* 2^40 copies */
  buf_puts(&b, "rule r cites \"1\" when c39 > 0 then o = true\n");
  Diags d;
  ck_assert_ptr_null(compile_text(buf_cstr(&b), &d));
  ck_assert(has_msg(&d, E_CONST_TOO_LARGE));
}
END_TEST

START_TEST(fn_tree_stops_at_budget) {
  Buf b;
  buf_init(&b);
  buf_puts(&b, HEAD);
  buf_puts(&b, "fn f0(x : int) : int = x\n");
  for (int i = 1; i < 40; i++) buf_printf(&b, "fn f%d(x : int) : int = f%d(x) + f%d(x)\n", i, i - 1, i - 1);
  buf_puts(&b, "rule r cites \"1\" when f39(n) > 0 then o = true\n");
  Diags d;
  Program *p = compile_text(buf_cstr(&b), &d);
  ck_assert_ptr_nonnull(p);
  Val slots[2] = { val_unknown(), val_int(1) };
  Result *r = eval_program_limited(p, slots, 20000, 0, LANG_EN, 100000);
  ck_assert_ptr_nonnull(r->error);
  ck_assert_int_eq(r->error->code, 5);
  ck_assert(strstr(r->error->message, "100000 steps") != NULL);
}
END_TEST

/* A chain of calls deeper than a small thread stack: E_EVAL_TOO_DEEP, not a crash. */
typedef struct DeepRun { Program *p; Result *r; } DeepRun;
static void *deep_thread(void *arg) {
  zan_gc_thread_enter();
  DeepRun *dr = arg;
  Val slots[2] = { val_unknown(), val_int(1) };
  dr->r = eval_program(dr->p, slots, 20000, 0, LANG_EN);
  zan_gc_thread_leave();
  return NULL;
}

START_TEST(fn_chain_deeper_than_stack) {
  Buf b;
  buf_init(&b);
  buf_puts(&b, HEAD);
  buf_puts(&b, "fn f0(x : int) : int = x\n");
  for (int i = 1; i < 3000; i++) buf_printf(&b, "fn f%d(x : int) : int = f%d(x) + 1\n", i, i - 1);
  buf_puts(&b, "rule r cites \"1\" when f2999(n) > 0 then o = true\n");
  Diags d;
  DeepRun dr = { compile_text(buf_cstr(&b), &d), NULL };
  ck_assert_ptr_nonnull(dr.p);
  pthread_attr_t a;
  pthread_attr_init(&a);
  pthread_attr_setstacksize(&a, 1024 * 1024);   /* 3000 calls need more than 512 KiB above the reserve */
  pthread_t t;
  ck_assert_int_eq(pthread_create(&t, &a, deep_thread, &dr), 0);
  pthread_join(t, NULL);
  pthread_attr_destroy(&a);
  ck_assert_ptr_nonnull(dr.r);
  ck_assert_ptr_nonnull(dr.r->error);
  ck_assert(strstr(dr.r->error->message, "nested too deeply") != NULL);
}
END_TEST

/* The closure of "outputs a function reads" through a long chain of calls, written callee
 * last (the order the old fixpoint needed one round per call for): the cycle through the
 * chain must still be found. */
START_TEST(fn_chain_output_cycle_found) {
  Buf b;
  buf_init(&b);
  buf_puts(&b, HEAD);
  for (int i = 0; i < 500; i++) buf_printf(&b, "fn f%d(x : bool) : bool = f%d(x)\n", i, i + 1);
  buf_puts(&b, "fn f500(x : bool) : bool = o\n");
  buf_puts(&b, "rule r cites \"1\" when f0(hot) then o = true\n");
  Diags d;
  ck_assert_ptr_null(compile_text(buf_cstr(&b), &d));
  ck_assert(has_msg(&d, E_OUTPUT_CYCLE));
}
END_TEST

/* Enum members are appended one by one: 10,000 of them must come out whole and in order
 * (their array grows by doubling; it used to be copied whole at every member). */
START_TEST(enum_10000_members) {
  Buf b;
  buf_init(&b);
  buf_puts(&b, "enum E {");
  for (int i = 0; i < 10000; i++) buf_printf(&b, " m%d", i);
  buf_puts(&b, " }\n");
  Diags d;
  diags_init(&d, LANG_EN);
  File *f = parse_file(source_from_string("t.zan", buf_cstr(&b), b.len), &d);
  ck_assert_int_eq(d.nerrors, 0);
  ck_assert_int_eq(f->decls.n, 1);
  Node *e = f->decls.items[0];
  ck_assert_int_eq(e->as.enm.n, 10000);
  for (int i = 0; i < 10000; i += 997) ck_assert_str_eq(e->as.enm.members[i].name.text, zan_sprintf("m%d", i));
  ck_assert_str_eq(e->as.enm.members[9999].name.text, "m9999");
}
END_TEST

Suite *suite_limits(void) {
  Suite *s = suite_create("limits");
  TCase *tc = tcase_create("limits");
  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, json_100000_brackets);
  tcase_add_test(tc, yaml_100000_brackets);
  tcase_add_test(tc, policy_100000_parens);
  tcase_add_test(tc, policy_100000_nots);
  tcase_add_test(tc, policy_100000_and_chain);
  tcase_add_test(tc, policy_depth_limit_exact);
  tcase_add_test(tc, const_tree_is_bounded);
  tcase_add_test(tc, fn_tree_stops_at_budget);
  tcase_add_test(tc, fn_chain_deeper_than_stack);
  tcase_add_test(tc, fn_chain_output_cycle_found);
  tcase_add_test(tc, enum_10000_members);
  suite_add_tcase(s, tc);
  return s;
}
