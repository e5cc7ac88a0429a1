/* test_scale.c — the structures that keep checking, lowering and evaluation linear in the size
 * of a policy: adjacency lists (graph.c), cycles found in large graphs, rule lists counted at
 * lowering, and needs gathered sparsely through thousands of outputs. */
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include "lang/base/alloc.h"
#include "lang/base/buf.h"
#include "lang/base/diag.h"
#include "lang/base/source.h"
#include "lang/parse.h"
#include "lang/check.h"
#include "lang/graph.h"
#include "interp/eval.h"

static int count_msg(const Diags *d, MsgId id) {
  int n = 0;
  for (const Diag *g = d->first; g; g = g->next) n += g->id == id;
  return n;
}

static Program *compile_text(const char *text, Diags *d) {
  diags_init(d, LANG_EN);
  File *f = parse_file(source_from_string("t.zan", text, strlen(text)), d);
  return check_files(&f, 1, d);
}

static const char *HEAD =
  "policy wide\n  version \"1\"\n"
  "article \"1\" status summary source \"x\" { kk \"a\" ru \"b\" en \"c\" }\n";

START_TEST(graph_rows_sorted_unique) {
  Graph g;
  graph_init(&g, 5);
  int edges[][2] = {{3, 1}, {0, 4}, {0, 2}, {3, 1}, {0, 4}, {2, 2}, {0, 1}, {3, 0}};
  for (size_t i = 0; i < sizeof edges / sizeof edges[0]; i++) graph_edge(&g, edges[i][0], edges[i][1]);
  graph_finish(&g);
  ck_assert_int_eq(graph_deg(&g, 0), 3);
  ck_assert_int_eq(graph_succ(&g, 0)[0], 1);
  ck_assert_int_eq(graph_succ(&g, 0)[1], 2);
  ck_assert_int_eq(graph_succ(&g, 0)[2], 4);
  ck_assert_int_eq(graph_deg(&g, 1), 0);
  ck_assert_int_eq(graph_deg(&g, 2), 1);          /* a self-loop is an edge */
  ck_assert_int_eq(graph_succ(&g, 2)[0], 2);
  ck_assert_int_eq(graph_deg(&g, 3), 2);
  ck_assert_int_eq(graph_succ(&g, 3)[0], 0);
  ck_assert_int_eq(graph_succ(&g, 3)[1], 1);
  ck_assert_int_eq(graph_deg(&g, 4), 0);
  Graph e;                                        /* no nodes, no edges */
  graph_init(&e, 0);
  graph_finish(&e);
  ck_assert_int_eq(e.n, 0);
}
END_TEST

START_TEST(sort_unique_long_and_short) {
  int a[] = {5, 3, 5, 1, 3};
  ck_assert_int_eq(ints_sort_unique(a, 5), 3);
  ck_assert(a[0] == 1 && a[1] == 3 && a[2] == 5);
  int n = 1000, *b = malloc(sizeof(int) * (size_t)n);   /* past the insertion sort's limit */
  for (int i = 0; i < n; i++) b[i] = (i * 7919) % 250;
  ck_assert_int_eq(ints_sort_unique(b, n), 250);
  for (int i = 0; i < 250; i++) ck_assert_int_eq(b[i], i);
  free(b);
  ck_assert_int_eq(ints_sort_unique(a, 0), 0);
}
END_TEST

/* 3000 outputs in a binary tree (o_i reads o_((i-1)/2) and two facts), 6000 rules: checks
 * with no error; each output has its one root rule and each rule its one exception (lists
 * counted, not sized by the whole policy); a leaf's needs are the facts read along its path to
 * the root, each once, sorted by path (over 16 of them: the long sort). */
START_TEST(wide_policy_lowered_and_needs_sparse) {
  enum { N = 3000, F = 40 };
  Buf b;
  buf_init(&b);
  buf_puts(&b, HEAD);
  for (int f = 0; f < F; f++) buf_printf(&b, "fact f%02d : bool\n", f);
  for (int i = 0; i < N; i++) {
    buf_printf(&b, "output o%d : bool\n", i);
    buf_printf(&b, "rule r%d cites \"1\" when f%02d and f%02d", i, i % F, (i * 7) % F);
    if (i > 0) buf_printf(&b, " and o%d", (i - 1) / 2);
    buf_printf(&b, " then o%d = true\n", i);
    buf_printf(&b, "exception x%d to r%d cites \"1\" when f%02d and f%02d then o%d = false\n", i, i, i % F, (i * 7) % F, i);
  }
  Diags d;
  Program *p = compile_text(buf_cstr(&b), &d);
  ck_assert_int_eq(d.nerrors, 0);
  ck_assert_ptr_nonnull(p);
  ck_assert_int_eq(p->noutputs, N);
  ck_assert_int_eq(p->nrules, 2 * N);
  for (int i = 0; i < N; i++) {
    ck_assert_int_eq(p->outputs[i].nroots, 1);
    ck_assert_int_eq(p->rules[p->outputs[i].roots[0]].nexceptions, 1);
  }
  const IrRule *r1 = &p->rules[p->outputs[1].roots[0]];      /* reads f01 and f07, in slot order */
  ck_assert_int_eq(r1->nfacts_read, 2);
  ck_assert_str_eq(p->slots[r1->facts_read[0]]->path, "f01");
  ck_assert_str_eq(p->slots[r1->facts_read[1]]->path, "f07");
  Val *slots = ZAN_NEWN(Val, p->nslots);
  for (int s = 0; s < p->nslots; s++) slots[s] = val_unknown();
  Result *r = eval_program(p, slots, 0, 0, LANG_EN);
  ck_assert_ptr_null(r->error);
  for (int leaf = N - 1; leaf >= N - 40; leaf--) {
    bool want[F] = {false};
    for (int i = leaf; ; i = (i - 1) / 2) {
      want[i % F] = want[(i * 7) % F] = true;
      if (i == 0) break;
    }
    int nwant = 0;
    for (int f = 0; f < F; f++) nwant += want[f];
    const OutputResult *o = &r->outputs[leaf];
    ck_assert(!o->decided);
    ck_assert_int_eq(o->nneeds, nwant);
    int k = 0;
    for (int f = 0; f < F; f++)
      if (want[f]) ck_assert_str_eq(p->slots[o->needs[k++]]->path, zan_sprintf("f%02d", f));
    if (leaf == N - 1) ck_assert_int_gt(nwant, 16);
  }
}
END_TEST

/* A cycle through 2000 outputs and one through a chain of 2000 functions: each reported once. */
START_TEST(long_cycles_reported_once) {
  enum { N = 2000 };
  Buf b;
  buf_init(&b);
  buf_puts(&b, HEAD);
  buf_puts(&b, "fact hot : bool\n");
  for (int i = 0; i < N; i++)
    buf_printf(&b, "output c%d : bool\nrule rc%d cites \"1\" when c%d then c%d = true\n", i, i, (i + 1) % N, i);
  for (int i = 0; i < N; i++) buf_printf(&b, "fn g%d(x : bool) : bool = g%d(x)\n", i, i + 1);
  buf_printf(&b, "fn g%d(x : bool) : bool = x and t\noutput t : bool\nrule rt cites \"1\" when g0(hot) then t = true\n", N);
  Diags d;
  ck_assert_ptr_null(compile_text(buf_cstr(&b), &d));
  ck_assert_int_eq(count_msg(&d, E_OUTPUT_CYCLE), 2);
  ck_assert_int_eq(count_msg(&d, E_FN_RECURSIVE), 0);
  const Diag *g = d.first;
  while (g && g->id != E_OUTPUT_CYCLE) g = g->next;
  ck_assert_ptr_nonnull(g);
  ck_assert(strstr(g->text, "c0 -> c1 -> c2 -> ") != NULL);
  ck_assert(strstr(g->text, zan_sprintf("c%d -> c0", N - 1)) != NULL);
  for (g = g->next; g && g->id != E_OUTPUT_CYCLE; g = g->next) {}
  ck_assert_ptr_nonnull(g);
  ck_assert(strstr(g->text, "t -> t") != NULL);
}
END_TEST

Suite *suite_scale(void) {
  Suite *s = suite_create("scale");
  TCase *tc = tcase_create("scale");
  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, graph_rows_sorted_unique);
  tcase_add_test(tc, sort_unique_long_and_short);
  tcase_add_test(tc, wide_policy_lowered_and_needs_sparse);
  tcase_add_test(tc, long_cycles_reported_once);
  suite_add_tcase(s, tc);
  return s;
}
