/* impact.c — `zan impact`'s comparisons: two policies' decisions on one fact file (outputs and
 * rules matched by name), and, without facts, which outputs can differ at all: the Z3 question
 * of lint_smt.c, each witness confirmed by evaluating it under both policies. */
#include <string.h>
#include "impact.h"
#include "eval.h"
#include "facts.h"
#include "facts_write.h"
#include "lint.h"
#include "../lang/base/alloc.h"

/* ---- one fact file under both policies ---- */
/* An output's decision as JSON: its value, or {"undetermined": …} with what eval's decision
 * object says of it (needs, at_least), so "differs" means what two `zan eval` objects show. */
static const char *output_json(const Program *p, const Result *r, int o) {
  const OutputResult *R = &r->outputs[o];
  Buf b;
  buf_init(&b);
  if (R->decided) { val_to_json(R->value, p->outputs[o].type, &b); return buf_cstr(&b); }
  buf_puts(&b, "{\"undetermined\": {\"needs\": [");
  for (int k = 0; k < R->nneeds; k++) {
    const char *path = p->slots[R->needs[k]]->path;
    if (k) buf_puts(&b, ", ");
    buf_json_string(&b, path, strlen(path));
  }
  buf_push(&b, ']');
  if (R->at_least.kind != V_UNKNOWN) {
    buf_puts(&b, ", \"at_least\": ");
    val_to_json(R->at_least, p->outputs[o].type, &b);
  }
  buf_puts(&b, "}}");
  return buf_cstr(&b);
}

/* How each rule of p took part: "" (did not hold, or not in force), or its trace status with
 * the value it gave. Indexed by rule. */
static const char **rule_states(const Program *p, const Result *r) {
  const char **st = ZAN_NEWN(const char *, p->nrules);
  for (int i = 0; i < p->nrules; i++) st[i] = "";
  for (int o = 0; o < r->noutputs; o++)
    for (int k = 0; k < r->outputs[o].ntrace; k++) {
      const TraceEntry *t = &r->outputs[o].trace[k];
      const IrRule *ru = &p->rules[t->rule];
      const Type *ty = p->outputs[ru->output].type;
      if (ru->includes && ty && ty->kind == T_SET) ty = ty->as.elem;
      Buf b;
      buf_init(&b);
      buf_puts(&b, t->status == TR_APPLIED ? "applied " : t->status == TR_MAY_APPLY ? "may "
                                                                                : "aside");
      if (t->status != TR_SET_ASIDE) val_to_json(t->value, ty, &b);
      st[t->rule] = buf_cstr(&b);
    }
  return st;
}

static int find_rule(const Program *p, const char *name) {
  for (int i = 0; i < p->nrules; i++)
    if (strcmp(p->rules[i].name, name) == 0) return i;
  return -1;
}

static Result *run(const Program *p, const Val *slots, const ZDate *as_of, ZDate today, Lang lang) {
  ZDate d = eval_pick_as_of(p, slots, as_of, today);
  return eval_program(p, slots, d, EVAL_TRACE, lang);
}

ImpactDiff impact_compare(const Program *a, const Val *sa, const Program *b, const Val *sb,
                          const ZDate *as_of, ZDate today, Lang lang) {
  ImpactDiff d;
  memset(&d, 0, sizeof d);
  Result *ra = run(a, sa, as_of, today, lang), *rb = run(b, sb, as_of, today, lang);
  if (ra->error || rb->error) {
    d.old_error = ra->error ? ra->error->message : NULL;
    d.new_error = rb->error ? rb->error->message : NULL;
    d.changed = !d.old_error || !d.new_error || strcmp(d.old_error, d.new_error) != 0;
    if (!d.changed) d.old_error = d.new_error = NULL;
    return d;
  }
  d.outputs = ZAN_NEWN(ImpactOutput, a->noutputs + b->noutputs);
  for (int ob = 0; ob < b->noutputs; ob++) {
    int oa = ir_find_output(a, b->outputs[ob].name);
    const char *vn = output_json(b, rb, ob), *vo = oa >= 0 ? output_json(a, ra, oa) : "null";
    if (strcmp(vo, vn) != 0) d.outputs[d.nout++] = (ImpactOutput){ b->outputs[ob].name, vo, vn };
  }
  for (int oa = 0; oa < a->noutputs; oa++)
    if (ir_find_output(b, a->outputs[oa].name) < 0)
      d.outputs[d.nout++] = (ImpactOutput){ a->outputs[oa].name, output_json(a, ra, oa), "null" };

  const char **sta = rule_states(a, ra), **stb = rule_states(b, rb);
  d.rules = ZAN_NEWN(const char *, a->nrules + b->nrules);
  for (int i = 0; i < b->nrules; i++) {
    int k = find_rule(a, b->rules[i].name);
    if (strcmp(k >= 0 ? sta[k] : "", stb[i]) != 0) d.rules[d.nrules++] = b->rules[i].name;
  }
  for (int k = 0; k < a->nrules; k++)
    if (*sta[k] && find_rule(b, a->rules[k].name) < 0) d.rules[d.nrules++] = a->rules[k].name;
  d.changed = d.nout > 0;
  return d;
}

void impact_report_add(ImpactReport *r, ImpactEntry e) {
  if (r->n == r->cap) {
    int cap = r->cap ? r->cap * 2 : 16;
    ImpactEntry *n = ZAN_NEWN(ImpactEntry, cap);
    if (r->n) memcpy(n, r->items, sizeof *n * (size_t)r->n);
    r->items = n;
    r->cap = cap;
  }
  r->items[r->n++] = e;
}

/* ---- without facts ---- */
/* One fact file for both policies from the model's facts of each: a's written as JSON, then
 * b's facts that a's file lacks added (a fact both have is one variable, so one value). */
static const char *merged_witness(const Program *a, Val *sa, const Program *b, Val *sb) {
  Buf ja, jb;
  buf_init(&ja);
  buf_init(&jb);
  facts_write(a, sa, FMT_JSON, &ja);
  facts_write(b, sb, FMT_JSON, &jb);
  Diags d;
  diags_init(&d, LANG_EN);
  FNode *ta = facts_json_tree(source_from_string("<witness>", buf_cstr(&ja), ja.len), &d);
  FNode *tb = facts_json_tree(source_from_string("<witness>", buf_cstr(&jb), jb.len), &d);
  if (!ta || !tb) return NULL;
  /* b's members a lacks, at every level of objects both have */
  FNode *stack_a[64], *stack_b[64];
  int top = 0;
  stack_a[top] = ta; stack_b[top++] = tb;
  while (top > 0) {
    FNode *x = stack_a[--top], *y = stack_b[top];
    if (x->kind != FN_OBJ || y->kind != FN_OBJ) continue;
    for (uint32_t i = 0; i < y->n; i++) {
      uint32_t k = 0;
      while (k < x->n && !(x->klens[k] == y->klens[i] &&
                           memcmp(x->keys[k], y->keys[i], y->klens[i]) == 0)) k++;
      if (k < x->n) {
        if (top < 64) { stack_a[top] = x->items[k]; stack_b[top++] = y->items[i]; }
        continue;
      }
      FNode **items = ZAN_NEWN(FNode *, x->n + 1);
      const char **keys = ZAN_NEWN(const char *, x->n + 1);
      uint32_t *klens = ZAN_NEWN(uint32_t, x->n + 1);
      Loc *klocs = ZAN_NEWN(Loc, x->n + 1);
      if (x->n) {
        memcpy(items, x->items, sizeof *items * x->n);
        memcpy(keys, x->keys, sizeof *keys * x->n);
        memcpy(klens, x->klens, sizeof *klens * x->n);
        memcpy(klocs, x->klocs, sizeof *klocs * x->n);
      }
      items[x->n] = y->items[i]; keys[x->n] = y->keys[i]; klens[x->n] = y->klens[i];
      x->items = items; x->keys = keys; x->klens = klens; x->klocs = klocs;
      x->n++;
    }
  }
  Buf out;
  buf_init(&out);
  facts_print_tree(ta, true, &out);
  return buf_cstr(&out);
}

/* The witness read back by each policy and evaluated: true when output oa of a and ob of b
 * are decided differently (both without error), with their decisions as JSON. */
static bool confirm(const Program *a, int oa, const Program *b, int ob, const char *json,
                    ZDate as_of, Lang lang, const char **va, const char **vb) {
  Val *sa = ZAN_NEWN(Val, a->nslots), *sb = ZAN_NEWN(Val, b->nslots);
  Diags d;
  diags_init(&d, LANG_EN);
  Source *src = source_from_string("<witness>", json, strlen(json));
  if (!facts_read(a, src, FMT_JSON, sa, &d) || !facts_read(b, src, FMT_JSON, sb, &d)) return false;
  Result *ra = eval_program_one(a, sa, as_of, lang, oa, NULL);
  Result *rb = eval_program_one(b, sb, as_of, lang, ob, NULL);
  if (ra->error || rb->error) return false;
  *va = output_json(a, ra, oa);
  *vb = output_json(b, rb, ob);
  return strcmp(*va, *vb) != 0;
}

ImpactStaticResult *impact_static(const Program *a, const Program *b, Lang lang) {
  ImpactStaticResult *res = ZAN_NEW(ImpactStaticResult);
  res->items = ZAN_NEWN(ImpactStatic, a->noutputs + b->noutputs);
  LintSmt *sa = lint_smt_new(a), *sb = lint_smt_new_beside(b, sa);
  for (int ob = 0; ob < b->noutputs; ob++) {
    ImpactStatic it = { b->outputs[ob].name, IMPACT_UNSETTLED, NULL, 0, NULL, NULL };
    int oa = ir_find_output(a, b->outputs[ob].name);
    if (oa < 0) it.kind = IMPACT_ONLY_NEW;
    else {
      Val *va = NULL, *vb = NULL;
      bool approx = false;
      int k = lint_smt_differ(sa, oa, sb, ob, &va, &vb, &it.as_of, &approx);
      if (k == 0) it.kind = IMPACT_SAME;
      if (k == 1) {
        /* the date fact, if the policies have one, says the model's date */
        if (a->as_of_slot >= 0) va[a->as_of_slot] = val_date(it.as_of);
        if (b->as_of_slot >= 0) vb[b->as_of_slot] = val_date(it.as_of);
        it.witness = merged_witness(a, va, b, vb);
        if (it.witness &&
            confirm(a, oa, b, ob, it.witness, it.as_of, lang, &it.old_json, &it.new_json))
          it.kind = IMPACT_DIFFERS;
        else it.witness = NULL;
      }
    }
    res->items[res->n++] = it;
  }
  for (int oa = 0; oa < a->noutputs; oa++)
    if (ir_find_output(b, a->outputs[oa].name) < 0)
      res->items[res->n++] =
        (ImpactStatic){ a->outputs[oa].name, IMPACT_ONLY_OLD, NULL, 0, NULL, NULL };
  lint_smt_free(sb);
  lint_smt_free(sa);
  return res;
}
