/* eval_unmet.c — the checklist of an output that declares `unmet when F intersects FN`: each
 * of its members met, not met, unknown or not checked, with the members of F that show it and
 * (traced) the unknown facts that leave it open. Renderers print OutputResult.checks as is. */
#include <string.h>
#include "eval_impl.h"
#include "../lang/base/alloc.h"

static bool set_has(Val set, Val m) {
  if (set.kind != V_SET) return false;
  for (uint32_t i = 0; i < set.as.set->n; i++)
    if (val_eq(set.as.set->items[i], m)) return true;
  return false;
}

/* Not met: the members of F (certain ones, in F's order) that FN(member) names. */
static void shown(const OutputResult *F, UnmetCheck *k) {
  Val fv = F->decided ? F->value : F->at_least;
  if (fv.kind != V_SET) return;
  const ValSet *s = fv.as.set;
  k->shown = ZAN_NEWN(Val, s->n);
  for (uint32_t i = 0; i < s->n; i++)
    if (!(s->maybe && s->maybe[i]) && set_has(k->shown_by, s->items[i]))
      k->shown[k->nshown++] = s->items[i];
}

/* Unknown: the unknown facts read by F's rules that may apply and would give a member of
 * FN(member), each once, in trace order. */
static void open_facts(const EvalCtx *c, const OutputResult *F, UnmetCheck *k, uint8_t *seen) {
  int n = 0;
  for (int t = 0; t < F->ntrace; t++) n += F->trace[t].nfacts;
  if (!n) return;
  k->open = ZAN_NEWN(int, n);
  memset(seen, 0, (size_t)c->p->nslots);
  for (int t = 0; t < F->ntrace; t++) {
    const TraceEntry *e = &F->trace[t];
    if (e->status != TR_MAY_APPLY || e->value.kind != V_SET) continue;
    bool relevant = false;
    for (uint32_t i = 0; i < e->value.as.set->n && !relevant; i++)
      relevant = set_has(k->shown_by, e->value.as.set->items[i]);
    if (!relevant) continue;
    for (int i = 0; i < e->nfacts; i++) {
      int s = e->fact_slots[i];
      if (e->fact_values[i].kind != V_UNKNOWN || seen[s]) continue;
      seen[s] = 1;
      k->open[k->nopen++] = s;
    }
  }
}

/* One member x: FN(x) = {} not checked; else F intersects FN(x), three-valued. */
static void check_member(EvalCtx *c, const IrOutput *O, Val x, UnmetCheck *k, uint8_t *seen) {
  const OutputResult *F = &c->out[O->unmet_findings];
  k->member = x;
  k->status = UNMET_NOT_CHECKED;
  c->frame[0] = x;
  k->shown_by = eval_expr(c, O->unmet_by);
  if (k->shown_by.kind != V_SET || k->shown_by.as.set->n == 0) return;
  Tri t = eval_intersects3(F->value, k->shown_by);
  k->status = t == TRI_T ? UNMET_NOT_MET : t == TRI_F ? UNMET_MET : UNMET_UNKNOWN;
  if (k->status == UNMET_NOT_MET) shown(F, k);
  if (k->status == UNMET_UNKNOWN && (c->flags & EVAL_TRACE)) open_facts(c, F, k, seen);
}

void eval_unmet(EvalCtx *c) {
  const Program *p = c->p;
  Val frame[1];                 /* the member, local 0 of FN(x) */
  Val *saved = c->frame;
  c->frame = frame;
  uint8_t *seen = NULL;
  for (int o = 0; o < p->noutputs; o++) {
    const IrOutput *O = &p->outputs[o];
    if (!O->unmet_by) continue;
    OutputResult *R = &c->out[o];
    Val v = R->value.kind == V_SET ? R->value : R->at_least;
    if (v.kind != V_SET) continue;
    if (!seen && (c->flags & EVAL_TRACE)) seen = zan_alloc_atomic((size_t)p->nslots + 1);
    R->nchecks = (int)v.as.set->n;
    R->checks = ZAN_NEWN(UnmetCheck, v.as.set->n);
    for (uint32_t i = 0; i < v.as.set->n; i++)
      check_member(c, O, v.as.set->items[i], &R->checks[i], seen);
  }
  c->frame = saved;
}
