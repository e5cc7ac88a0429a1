/* eval_expr.c — evaluating one IR expression under Kleene's three-valued logic: facts (noting
 * unknown ones as needs), outputs on demand, parameters by date, arithmetic with overflow
 * checks, dates, sets and quantifiers, function calls, built-ins. */
#include <string.h>
#include "eval_impl.h"
#include "../lang/base/alloc.h"
#include "../lang/base/exitcodes.h"

#define ERR_RT ZAN_EXIT_RUNTIME
static const Loc NOLOC = {0};

static const char *op_text(int op) {
  switch (op) {
  case X_ADD: return "+";
  case X_SUB: return "-";
  case X_MUL: return "*";
  case X_DIV: return "/";
  case X_NEG: return "-";
  default:    return "sum";
  }
}

/* ---- parameters: the value with the latest date on or before as_of ---- */
static Val eval_param(EvalCtx *c, int idx, Loc loc) {
  const IrParam *pr = &c->p->params[idx];
  if (pr->n == 0 || c->as_of < pr->dates[0]) {
    char d[11], f[11] = "-";
    date_format(c->as_of, d);
    if (pr->n > 0) date_format(pr->dates[0], f);
    eval_fail(c, ERR_RT, loc, NOLOC, E_EVAL_PARAM_BEFORE, pr->name, d, f);
  }
  int lo = 0, hi = pr->n - 1;                   /* dates ascending: last index with date <= as_of */
  while (lo < hi) {
    int mid = lo + (hi - lo + 1) / 2;
    if (pr->dates[mid] <= c->as_of) lo = mid; else hi = mid - 1;
  }
  return pr->values[lo];
}

/* ---- arithmetic ---- */
static ZDecimal *as_dec(Val v) { return v.kind == V_DEC ? v.as.d : dec_from_int(v.as.i); }

static Val arith(EvalCtx *c, const IrExpr *e, Val l, Val r) {
  int op = e->op;
  if (l.kind == V_UNKNOWN || r.kind == V_UNKNOWN) return val_unknown();
  if (l.kind == V_INT && r.kind == V_INT && !(op == X_DIV && e->type && e->type->kind == T_DEC)) {
    int64_t x = l.as.i, y = r.as.i, z = 0;
    bool ov = false;
    switch (op) {
    case X_ADD: ov = __builtin_add_overflow(x, y, &z); break;
    case X_SUB: ov = __builtin_sub_overflow(x, y, &z); break;
    case X_MUL: ov = __builtin_mul_overflow(x, y, &z); break;
    case X_DIV:
      if (y == 0) eval_fail(c, ERR_RT, e->loc, NOLOC, E_EVAL_DIV_ZERO);
      if (x == INT64_MIN && y == -1) ov = true; else z = x / y;
      break;
    }
    if (ov) eval_fail(c, ERR_RT, e->loc, NOLOC, E_EVAL_OVERFLOW, op_text(op));
    return val_int(z);
  }
  if ((l.kind == V_INT || l.kind == V_DEC) && (r.kind == V_INT || r.kind == V_DEC)) {
    ZDecimal *x = as_dec(l), *y = as_dec(r), *z = NULL;
    switch (op) {
    case X_ADD: z = dec_add(x, y); break;
    case X_SUB: z = dec_sub(x, y); break;
    case X_MUL: z = dec_mul(x, y); break;
    case X_DIV:
      if (dec_is_zero(y)) eval_fail(c, ERR_RT, e->loc, NOLOC, E_EVAL_DIV_ZERO);
      z = dec_div(x, y);
      break;
    }
    if (!z) eval_fail(c, ERR_RT, e->loc, NOLOC, E_EVAL_OVERFLOW, op_text(op));
    return val_dec(z);
  }
  if (l.kind == V_DATE && r.kind == V_DUR && (op == X_ADD || op == X_SUB)) {
    ZDate out;
    if (!date_add(l.as.date, op == X_ADD ? r.as.dur : dur_neg(r.as.dur), &out))
      eval_fail(c, ERR_RT, e->loc, NOLOC, E_EVAL_DATE_RANGE);
    return val_date(out);
  }
  if (l.kind == V_DUR && r.kind == V_DATE && op == X_ADD) {
    ZDate out;
    if (!date_add(r.as.date, l.as.dur, &out)) eval_fail(c, ERR_RT, e->loc, NOLOC, E_EVAL_DATE_RANGE);
    return val_date(out);
  }
  if (l.kind == V_DATE && r.kind == V_DATE && op == X_SUB)
    return val_int((int64_t)l.as.date - (int64_t)r.as.date);
  if (l.kind == V_DUR && r.kind == V_DUR && (op == X_ADD || op == X_SUB)) {
    ZDuration a = l.as.dur, b = op == X_ADD ? r.as.dur : dur_neg(r.as.dur);
    int32_t y, m, d;
    if (__builtin_add_overflow(a.years, b.years, &y) || __builtin_add_overflow(a.months, b.months, &m) ||
        __builtin_add_overflow(a.days, b.days, &d))
      eval_fail(c, ERR_RT, e->loc, NOLOC, E_EVAL_OVERFLOW, op_text(op));
    return val_dur(dur_add(a, b));
  }
  eval_fail(c, ZAN_EXIT_INTERNAL, e->loc, NOLOC, E_EVAL_INTERNAL, "operands of an arithmetic operator");
}

static Val negate(EvalCtx *c, const IrExpr *e, Val v) {
  switch (v.kind) {
  case V_UNKNOWN: return v;
  case V_INT:
    if (v.as.i == INT64_MIN) eval_fail(c, ERR_RT, e->loc, NOLOC, E_EVAL_OVERFLOW, "-");
    return val_int(-v.as.i);
  case V_DEC: return val_dec(dec_neg(v.as.d));
  case V_DUR: return val_dur(dur_neg(v.as.dur));
  default: eval_fail(c, ZAN_EXIT_INTERNAL, e->loc, NOLOC, E_EVAL_INTERNAL, "operand of unary minus");
  }
}

static Tri compare(int op, Val l, Val r) {
  if (l.kind == V_UNKNOWN || r.kind == V_UNKNOWN) return TRI_U;
  int k = val_cmp(l, r);
  switch (op) {
  case X_LT: return k < 0 ? TRI_T : TRI_F;
  case X_LE: return k <= 0 ? TRI_T : TRI_F;
  case X_GT: return k > 0 ? TRI_T : TRI_F;
  default:   return k >= 0 ? TRI_T : TRI_F;
  }
}

/* ---- collections ---- */
/* The members of a collection as an array (NULL n=0 for an empty one); maybe flags for sets. */
static const Val *coll_items(Val v, uint32_t *n, const uint8_t **maybe) {
  if (v.kind == V_SET) { *n = v.as.set->n; *maybe = v.as.set->maybe; return v.as.set->items; }
  *maybe = NULL; *n = v.as.list->n; return v.as.list->items;
}

static Val quantify(EvalCtx *c, const IrExpr *e) {
  bool any = e->op == X_ANY;
  Val coll = eval_expr(c, e->as.quant.coll);
  if (coll.kind == V_UNKNOWN) return coll;
  uint32_t n; const uint8_t *maybe;
  const Val *items = coll_items(coll, &n, &maybe);
  Tri r = any ? TRI_F : TRI_T;
  for (uint32_t i = 0; i < n; i++) {
    c->frame[e->as.quant.local] = items[i];
    Tri p = eval_tri(c, e->as.quant.body);
    bool m = maybe && maybe[i];
    if (any) {
      r = tri_or(r, m ? tri_and(TRI_U, p) : p);   /* membership ∧ P(x) */
      if (r == TRI_T) break;
    } else {
      r = tri_and(r, m ? tri_or(TRI_U, p) : p);    /* ¬membership ∨ P(x) */
      if (r == TRI_F) break;
    }
  }
  return val_of_tri(r);
}

static Val build_set(EvalCtx *c, const IrExpr *e) {
  if (e->as.items.folded) return val_set((ValSet *)e->as.items.folded);   /* never written: shared */
  int n = e->as.items.n;
  if (n == 0) { ValSet *s = ZAN_NEW(ValSet); return val_set(s); }
  Val tmp[n];
  for (int i = 0; i < n; i++) {
    tmp[i] = eval_expr(c, e->as.items.items[i]);
    if (tmp[i].kind == V_UNKNOWN) {
      /* finish reading the others (their unknown facts are needed too), then give up */
      for (int j = i + 1; j < n; j++) (void)eval_expr(c, e->as.items.items[j]);
      return val_unknown();
    }
  }
  Val *items = ZAN_NEWN(Val, n);
  memcpy(items, tmp, sizeof(Val) * (size_t)n);
  return val_set(valset_make(items, (uint32_t)n));
}

static Val build_list(EvalCtx *c, const IrExpr *e, bool record) {
  int n = e->as.items.n;
  Val *items = ZAN_NEWN(Val, n);
  bool unk = false;
  for (int i = 0; i < n; i++) {
    items[i] = eval_expr(c, e->as.items.items[i]);
    if (items[i].kind == V_UNKNOWN) unk = true;
  }
  if (record) { ValRec *r = ZAN_NEW(ValRec); r->n = (uint32_t)n; r->fields = items; return val_rec(r); }
  if (unk) return val_unknown();    /* a list's length and order are part of it: no partial lists */
  ValList *l = ZAN_NEW(ValList); l->n = (uint32_t)n; l->items = items;
  return val_list(l);
}

/* ---- function calls ---- */
static Val call(EvalCtx *c, const IrExpr *e) {
  const IrFunc *f = &c->p->funcs[e->as.call.fn];
  int n = e->as.call.n;
  Val frame[f->nlocals > n ? f->nlocals : (n > 0 ? n : 1)];
  bool unk = false;
  for (int i = 0; i < n; i++) {
    frame[i] = eval_expr(c, e->as.call.args[i]);
    if (frame[i].kind == V_UNKNOWN) unk = true;
  }
  if (unk && !f->handles_unknown) return val_unknown();
  for (int i = n; i < f->nlocals; i++) frame[i] = val_unknown();
  Val *saved = c->frame;
  c->frame = frame;
  Val v = eval_expr(c, f->body);
  c->frame = saved;
  return v;
}

/* ---- built-ins ---- */
static Val sum(EvalCtx *c, const IrExpr *e, Val coll) {
  if (!eval_known(coll)) return val_unknown();
  uint32_t n; const uint8_t *maybe;
  const Val *items = coll_items(coll, &n, &maybe);
  bool dec = e->type && e->type->kind == T_DEC;
  int64_t acc = 0;
  ZDecimal *dacc = NULL;
  for (uint32_t i = 0; i < n; i++) {
    Val v = items[i];
    if (v.kind == V_UNKNOWN) return val_unknown();
    if (v.kind == V_DEC || dec) {
      if (!dacc) dacc = dec_from_int(acc);
      dacc = dec_add(dacc, as_dec(v));
    } else if (__builtin_add_overflow(acc, v.as.i, &acc)) {
      eval_fail(c, ERR_RT, e->loc, NOLOC, E_EVAL_OVERFLOW, builtin_info[B_SUM].name);
    }
  }
  if (dacc) return val_dec(dacc);
  return dec ? val_dec(dec_from_int(acc)) : val_int(acc);
}

static Val minmax_of(EvalCtx *c, const IrExpr *e, Val coll, bool max) {
  if (!eval_known(coll)) return val_unknown();
  uint32_t n; const uint8_t *maybe;
  const Val *items = coll_items(coll, &n, &maybe);
  if (n == 0) eval_fail(c, ERR_RT, e->loc, NOLOC, E_EVAL_EMPTY_MINMAX,
                         builtin_info[e->as.builtin.b].name);
  Val best = items[0];
  for (uint32_t i = 0; i < n; i++) {
    if (items[i].kind == V_UNKNOWN) return val_unknown();
    int k = val_cmp(items[i], best);
    if (max ? k > 0 : k < 0) best = items[i];
  }
  return best;
}

static Val builtin(EvalCtx *c, const IrExpr *e) {
  int n = e->as.builtin.n;
  IrExpr **args = e->as.builtin.args;
  if (e->as.builtin.b == B_KNOWN) {
    Val v = n > 0 ? eval_expr(c, args[0]) : val_unknown();
    return val_bool(eval_known(v));
  }
  Val a = n > 0 ? eval_expr(c, args[0]) : val_unknown();
  Val b = n > 1 ? eval_expr(c, args[1]) : val_unknown();
  switch (e->as.builtin.b) {
  case B_COUNT:
    if (!eval_known(a)) return val_unknown();
    return val_int(a.kind == V_SET ? a.as.set->n : a.as.list->n);
  case B_SUM:     return sum(c, e, a);
  case B_MIN_OF:  return minmax_of(c, e, a, false);
  case B_MAX_OF:  return minmax_of(c, e, a, true);
  case B_MIN2:
  case B_MAX2: {
    if (a.kind == V_UNKNOWN || b.kind == V_UNKNOWN) return val_unknown();
    int k = val_cmp(a, b);
    return (e->as.builtin.b == B_MAX2) == (k >= 0) ? a : b;
  }
  case B_ANNIVERSARY: {
    if (a.kind == V_UNKNOWN || b.kind == V_UNKNOWN) return val_unknown();
    ZDate out;
    if (!date_add(a.as.date, b.as.dur, &out)) eval_fail(c, ERR_RT, e->loc, NOLOC, E_EVAL_DATE_RANGE);
    return val_date(out);
  }
  case B_DAYS_BETWEEN:
    if (a.kind == V_UNKNOWN || b.kind == V_UNKNOWN) return val_unknown();
    return val_int((int64_t)b.as.date - (int64_t)a.as.date);
  case B_YEAR: case B_MONTH: case B_DAY: {
    if (a.kind == V_UNKNOWN) return a;
    int y, m, d;
    date_to_ymd(a.as.date, &y, &m, &d);
    return val_int(e->as.builtin.b == B_YEAR ? y : e->as.builtin.b == B_MONTH ? m : d);
  }
  case B_ROUND: {
    if (a.kind != V_DEC) return a;             /* unknown stays unknown; an int is already round */
    int64_t out;
    if (!dec_round_int(a.as.d, &out))
      eval_fail(c, ERR_RT, e->loc, NOLOC, E_EVAL_OVERFLOW, builtin_info[B_ROUND].name);
    return val_int(out);
  }
  default: break;
  }
  eval_fail(c, ZAN_EXIT_INTERNAL, e->loc, NOLOC, E_EVAL_INTERNAL, "unknown built-in");
}

/* The value of an output as an expression reads it: decided => its value; undetermined =>
 * unknown, or its partial set; its needs become the reader's. */
static Val read_output(EvalCtx *c, int o) {
  eval_output(c, o);
  const OutputResult *r = &c->out[o];
  if (!r->decided && c->nbase >= 0)
    for (int i = 0; i < r->nneeds; i++) eval_need(c, r->needs[i]);
  return r->value;
}

Tri eval_tri(EvalCtx *c, const IrExpr *e) { return tri_of(eval_expr(c, e)); }

/* expr -> one IrExpr node under Kleene logic: an unknown operand gives unknown unless the
 * known ones decide (false and _, true or _); errors (overflow, division by zero) stop the run. */
Val eval_expr(EvalCtx *c, const IrExpr *e) {
  if (++c->steps > c->max_steps)
    eval_fail(c, ZAN_EXIT_RUNTIME, e->loc, NOLOC, E_EVAL_TOO_LONG, c->max_steps);
  if (stack_guard_low(&c->stack)) eval_fail(c, ZAN_EXIT_RUNTIME, e->loc, NOLOC, E_EVAL_TOO_DEEP);
  switch ((IrOp)e->op) {
  case X_CONST: return e->as.k;
  case X_FACT: {
    Val v = c->slots[e->as.index];
    /* a set fact may be given in part (members certainly in, possibly in: interp/missing.c) */
    if (v.kind == V_UNKNOWN || (v.kind == V_SET && v.as.set->maybe)) eval_need(c, e->as.index);
    return v;
  }
  case X_OUTPUT: return read_output(c, e->as.index);
  case X_PARAM:  return eval_param(c, e->as.index, e->loc);
  case X_LOCAL:  return c->frame[e->as.index];
  case X_ASOF:   return val_date(c->as_of);
  case X_NOT:    return val_of_tri(tri_not(eval_tri(c, e->as.un)));
  case X_NEG:    return negate(c, e, eval_expr(c, e->as.un));
  case X_TODEC: {
    Val v = eval_expr(c, e->as.un);
    return v.kind == V_INT ? val_dec(dec_from_int(v.as.i)) : v;
  }
  case X_AND: {
    Tri l = eval_tri(c, e->as.bin.l);
    if (l == TRI_F) return val_bool(false);
    return val_of_tri(tri_and(l, eval_tri(c, e->as.bin.r)));
  }
  case X_OR: {
    Tri l = eval_tri(c, e->as.bin.l);
    if (l == TRI_T) return val_bool(true);
    return val_of_tri(tri_or(l, eval_tri(c, e->as.bin.r)));
  }
  case X_EQ: case X_NE: {
    Val l = eval_expr(c, e->as.bin.l), r = eval_expr(c, e->as.bin.r);
    Tri t = eval_eq3(l, r);
    return val_of_tri(e->op == X_EQ ? t : tri_not(t));
  }
  case X_LT: case X_LE: case X_GT: case X_GE: {
    Val l = eval_expr(c, e->as.bin.l), r = eval_expr(c, e->as.bin.r);
    return val_of_tri(compare(e->op, l, r));
  }
  case X_IN: {
    Val l = eval_expr(c, e->as.bin.l), r = eval_expr(c, e->as.bin.r);
    return val_of_tri(eval_in3(l, r));
  }
  case X_CONTAINS: {
    Val l = eval_expr(c, e->as.bin.l), r = eval_expr(c, e->as.bin.r);
    return val_of_tri(eval_in3(r, l));
  }
  case X_SUBSET: {
    Val l = eval_expr(c, e->as.bin.l), r = eval_expr(c, e->as.bin.r);
    return val_of_tri(eval_subset3(l, r));
  }
  case X_INTERSECTS: {
    Val l = eval_expr(c, e->as.bin.l), r = eval_expr(c, e->as.bin.r);
    return val_of_tri(eval_intersects3(l, r));
  }
  case X_ADD: case X_SUB: case X_MUL: case X_DIV: {
    Val l = eval_expr(c, e->as.bin.l), r = eval_expr(c, e->as.bin.r);
    return arith(c, e, l, r);
  }
  case X_IF: {
    Tri t = eval_tri(c, e->as.cond.c);
    if (t == TRI_T) return eval_expr(c, e->as.cond.t);
    if (t == TRI_F) return eval_expr(c, e->as.cond.e);
    /* unknown condition: the value is known only if both branches agree */
    Val a = eval_expr(c, e->as.cond.t), b = eval_expr(c, e->as.cond.e);
    return eval_eq3(a, b) == TRI_T ? a : val_unknown();
  }
  case X_MATCH: {
    Val s = eval_expr(c, e->as.match.scrutinee);
    if (s.kind != V_ENUM) return val_unknown();
    if (s.as.e < 0 || s.as.e >= e->as.match.n || !e->as.match.arm_of_member[s.as.e])
      eval_fail(c, ZAN_EXIT_INTERNAL, e->loc, NOLOC, E_EVAL_INTERNAL, "match without an arm for a member");
    return eval_expr(c, e->as.match.arm_of_member[s.as.e]);
  }
  case X_ANY: case X_ALL: return quantify(c, e);
  case X_SET:    return build_set(c, e);
  case X_LIST:   return build_list(c, e, false);
  case X_RECORD: return build_list(c, e, true);
  case X_FIELD: {
    Val r = eval_expr(c, e->as.field.rec);
    if (r.kind != V_RECORD) return val_unknown();
    return r.as.rec->fields[e->as.field.index];
  }
  case X_CALL:    return call(c, e);
  case X_BUILTIN: return builtin(c, e);
  }
  eval_fail(c, ZAN_EXIT_INTERNAL, e->loc, NOLOC, E_EVAL_INTERNAL, "unknown expression kind");
}
