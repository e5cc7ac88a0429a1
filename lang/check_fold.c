/* check_fold.c — constant folding: a typed IrExpr reduced to a value when it is constant, and
 * each `const` declaration resolved once (its type, its checked value, its folded value). */
#include <stdint.h>
#include "check.h"
#include "check_elab.h"
#include "base/alloc.h"
#include "base/decimal.h"

bool check_fold(const IrExpr *e, Val *out) {
  switch (e->op) {
  case X_CONST: *out = e->as.k; return e->as.k.kind != V_UNKNOWN || !is_err(e->type);
  case X_TODEC: {
    Val v;
    if (!check_fold(e->as.un, &v) || v.kind != V_INT) return false;
    *out = val_dec(dec_from_int(v.as.i)); return true;
  }
  case X_NEG: {
    Val v;
    if (!check_fold(e->as.un, &v)) return false;
    if (v.kind == V_INT && v.as.i != INT64_MIN) { *out = val_int(-v.as.i); return true; }
    if (v.kind == V_DEC) { *out = val_dec(dec_neg(v.as.d)); return true; }
    if (v.kind == V_DUR) { *out = val_dur(dur_neg(v.as.dur)); return true; }
    return false;
  }
  case X_SET: case X_LIST: case X_RECORD: {
    int n = e->as.items.n;
    Val *vs = ZAN_NEWN(Val, n);
    for (int i = 0; i < n; i++) if (!check_fold(e->as.items.items[i], &vs[i])) return false;
    if (e->op == X_SET) { *out = val_set(valset_make(vs, (uint32_t)n)); return true; }
    if (e->op == X_LIST) {
      ValList *l = ZAN_NEW(ValList); l->n = (uint32_t)n; l->items = vs; *out = val_list(l); return true;
    }
    ValRec *r = ZAN_NEW(ValRec); r->n = (uint32_t)n; r->fields = vs; *out = val_rec(r); return true;
  }
  default: return false;
  }
}

void check_const_resolve(Checker *ck, Sym *s) {
  if (s->state != SYM_UNRESOLVED) return;
  s->state = SYM_IN_PROGRESS;
  Node *n = s->decl;
  Ex cx; ex_init(&cx, ck, s->module, 0);
  const Type *decl = n->as.cnst.type ? check_type_expr(ck, s->module, n->as.cnst.type) : NULL;
  int before = ck->d->nerrors;
  IrExpr *v = n->as.cnst.value ? (decl ? elab_expect(&cx, n->as.cnst.value, decl) : elab_infer(&cx, n->as.cnst.value, NULL))
                               : poison(s->loc);
  ex_note_frame(ck, &cx);
  s->type = decl ? decl : v->type;
  s->ok = ck->d->nerrors == before && !is_err(v->type);
  Val k;
  if (s->ok && check_fold(v, &k)) s->folded = ir_const(k, s->type, v->loc);
  s->state = SYM_RESOLVED;
}
