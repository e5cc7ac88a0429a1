/* assemble.c — assembles the Program from the checked declarations: output roots, exception
 * lists, fact slots each rule reads, parameters' dated tables in order, enums, frame sizes,
 * the checklist links (`unmet when`).
 * Expressions were already elaborated into typed IrExpr by check_elab.c. */
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include "check.h"
#include "base/alloc.h"
#include "graph.h"

/* ---- facts read by a rule (through the functions it calls) ------------------------------ */

/* The slots are gathered in a list (a slot read twice is kept once by the stamp) and the
 * functions already walked are marked with this rule's stamp: no array of all slots or all
 * functions per rule, so lowering is linear in the size of the policy. */
typedef struct Reads {
  const Program *p;
  int stamp;                    /* this rule's number + 1 */
  int *slot_seen, *fn_seen;     /* per slot / function: the stamp of the last rule that saw it */
  int *list; int n, cap;
} Reads;

static void reads_of(const IrExpr *e, void *ctx) {
  Reads *r = ctx;
  if (e->op == X_FACT && e->as.index >= 0 && r->slot_seen[e->as.index] != r->stamp) {
    r->slot_seen[e->as.index] = r->stamp;
    if (r->n == r->cap) {
      int cap = r->cap ? r->cap * 2 : 16, *l = zan_alloc_atomic(sizeof(int) * (size_t)cap);
      if (r->n) memcpy(l, r->list, sizeof(int) * (size_t)r->n);
      r->list = l; r->cap = cap;
    }
    r->list[r->n++] = e->as.index;
  }
  if (e->op == X_CALL && r->fn_seen[e->as.call.fn] != r->stamp) {
    r->fn_seen[e->as.call.fn] = r->stamp;   /* also stops recursion (already reported) */
    ir_walk(r->p->funcs[e->as.call.fn].body, reads_of, r);
  }
}

static void rule_facts_read(Reads *r, IrRule *rule, int index) {
  r->stamp = index + 1;
  r->n = 0;
  ir_walk(rule->when, reads_of, r);
  ir_walk(rule->value, reads_of, r);
  int n = ints_sort_unique(r->list, r->n);      /* in slot order, as before */
  rule->facts_read = ZAN_NEWN(int, n);
  if (n) memcpy(rule->facts_read, r->list, sizeof(int) * (size_t)n);
  rule->nfacts_read = n;
}

/* ---- the checklist link ---------------------------------------------------------------- */

/* `unmet when F intersects FN` (check_unmet.c): FN(x) with the member x as local 0, the one
 * expression the evaluator runs per member (interp/eval_unmet.c). */
static void assemble_unmet(IrOutput *o, const IrFunc *fn) {
  IrExpr *x = ZAN_NEW(IrExpr), *call = ZAN_NEW(IrExpr);
  x->op = X_LOCAL; x->type = fn->param_types[0]; x->loc = o->loc; x->as.index = 0;
  call->op = X_CALL; call->type = fn->ret; call->loc = o->loc;
  call->as.call.fn = o->unmet_fn; call->as.call.n = 1;
  call->as.call.args = ZAN_NEWN(IrExpr *, 1);
  call->as.call.args[0] = x;
  o->unmet_by = call;
}

/* ---- parameters --------------------------------------------------------------------------- */

typedef struct DatedVal { ZDate date; Val v; } DatedVal;

/* A parameter's values in date order, for the evaluator's look-up on the evaluation date.
 * Insertion sort (tables are short) keeps the source order of equal dates, which the checker
 * has already reported (check_types.c). */
static void sort_param_dates(IrParam *ip) {
  DatedVal *dv = ZAN_NEWN(DatedVal, ip->n);
  for (int j = 0; j < ip->n; j++) { dv[j].date = ip->dates[j]; dv[j].v = ip->values[j]; }
  for (int j = 1; j < ip->n; j++) {
    DatedVal t = dv[j]; int k = j;
    while (k > 0 && dv[k - 1].date > t.date) { dv[k] = dv[k - 1]; k--; }
    dv[k] = t;
  }
  for (int j = 0; j < ip->n; j++) { ip->dates[j] = dv[j].date; ip->values[j] = dv[j].v; }
}

void assemble_program(Checker *ck) {
  Program *p = ck->prog;
  ir_index_facts(p->facts);
  ir_index_outputs(p);
  p->nslots = ck->slots.n;
  p->slots = ZAN_NEWN(IrFact *, p->nslots);
  for (int i = 0; i < p->nslots; i++) p->slots[i] = ck->slots.items[i];
  p->nenums = ck->enums.n;
  p->enums = ZAN_NEWN(EnumType *, p->nenums);
  for (int i = 0; i < p->nenums; i++) p->enums[i] = ck->enums.items[i];
  /* outputs' root rules and each rule's direct exceptions, in source order: counted first,
   * so each list is allocated at its size (not every output a list as long as all rules) */
  int *nroots = ZAN_NEWN(int, p->noutputs + 1);
  for (int i = 0; i < p->nrules; i++) {
    const IrRule *r = &p->rules[i];
    if (r->base < 0 && r->all_of < 0 && r->output >= 0) nroots[r->output]++;
  }
  for (int i = 0; i < p->noutputs; i++) p->outputs[i].roots = ZAN_NEWN(int, nroots[i]);
  for (int i = 0; i < p->nrules; i++) p->rules[i].exceptions = ZAN_NEWN(int, 1);
  for (int i = 0; i < p->nrules; i++) {
    IrRule *r = &p->rules[i];
    if (r->base < 0 && r->all_of < 0 && r->output >= 0) { IrOutput *o = &p->outputs[r->output]; o->roots[o->nroots++] = i; }
  }
  /* `to all OUT`: the bases are the output's roots (never exceptions: no cycle through them) */
  for (int i = 0; i < p->nrules; i++) {
    IrRule *r = &p->rules[i];
    if (r->all_of < 0) continue;
    const IrOutput *o = &p->outputs[r->all_of];
    r->nbases = o->nroots;
    r->bases = ZAN_NEWN(int, o->nroots);
    memcpy(r->bases, o->roots, sizeof(int) * (size_t)o->nroots);
    r->base = r->nbases ? r->bases[0] : -1;
  }
  int *nexc = ZAN_NEWN(int, p->nrules + 1);
  for (int i = 0; i < p->nrules; i++)
    for (int k = 0; k < p->rules[i].nbases; k++) nexc[p->rules[i].bases[k]]++;
  for (int i = 0; i < p->nrules; i++) if (nexc[i]) p->rules[i].exceptions = ZAN_NEWN(int, nexc[i]);
  Reads reads = {p, 0, ZAN_NEWN(int, p->nslots + 1), ZAN_NEWN(int, p->nfuncs + 1), NULL, 0, 0};
  for (int i = 0; i < p->nrules; i++) {
    IrRule *r = &p->rules[i];
    for (int k = 0; k < r->nbases; k++) { IrRule *b = &p->rules[r->bases[k]]; b->exceptions[b->nexceptions++] = i; }
    if (r->nbases > 1) p->shared_exceptions = true;
    rule_facts_read(&reads, r, i);
  }
  for (int i = 0; i < p->nparams; i++) sort_param_dates(&p->params[i]);
  for (int i = 0; i < p->noutputs; i++)
    if (p->outputs[i].unmet_fn >= 0 && p->outputs[i].unmet_findings >= 0)
      assemble_unmet(&p->outputs[i], &p->funcs[p->outputs[i].unmet_fn]);
  p->nlocals = ck->max_frame;
}
