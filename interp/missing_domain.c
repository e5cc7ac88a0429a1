/* missing_domain.c — what the settling-set search branches over: each unknown fact's values
 * (bools, enum members, set members one by one, numbers and dates by the intervals between the
 * constants they are compared with), and the facts each output or set member may depend on. */
#include <stdlib.h>
#include <string.h>
#include "missing_impl.h"
#include "../lang/ir.h"
#include "../lang/base/alloc.h"

/* ---- the facts an expression, a rule, an output may depend on (through outputs and calls) ---- */

typedef struct Deps {
  const Program *p;
  MDomain       *d;
  uint8_t       *out_state;   /* 0 todo, 1 busy, 2 done */
  uint8_t       *fn_state;
  uint64_t      *fn_facts;
  uint64_t      *acc;         /* where the walk adds slots */
} Deps;

static void output_deps(Deps *w, int o);
static void fn_deps(Deps *w, int f);

static void or_into(uint64_t *dst, const uint64_t *src, int n) { for (int i = 0; i < n; i++) dst[i] |= src[i]; }

static void deps_visit(const IrExpr *e, void *ctx) {
  Deps *w = ctx;
  int nw = w->d->nwords;
  if (e->op == X_FACT && e->as.index >= 0) bit_set(w->acc, e->as.index);
  else if (e->op == X_OUTPUT) {
    output_deps(w, e->as.index);
    or_into(w->acc, w->d->out_facts + (size_t)e->as.index * nw, nw);
  } else if (e->op == X_CALL) {
    fn_deps(w, e->as.call.fn);
    or_into(w->acc, w->fn_facts + (size_t)e->as.call.fn * nw, nw);
  }
}

static void walk_into(Deps *w, const IrExpr *e, uint64_t *acc) {
  uint64_t *saved = w->acc;
  w->acc = acc;
  ir_walk(e, deps_visit, w);
  w->acc = saved;
}

static void fn_deps(Deps *w, int f) {
  if (w->fn_state[f]) return;                  /* done, or recursive: its facts are being collected */
  w->fn_state[f] = 1;
  walk_into(w, w->p->funcs[f].body, w->fn_facts + (size_t)f * w->d->nwords);
  w->fn_state[f] = 2;
}

static void rule_deps(Deps *w, int r) {
  const IrRule *rule = &w->p->rules[r];
  uint64_t *acc = w->d->rule_facts + (size_t)r * w->d->nwords;
  walk_into(w, rule->when, acc);
  walk_into(w, rule->value, acc);
  for (int i = 0; i < rule->nexceptions; i++) {
    rule_deps(w, rule->exceptions[i]);
    or_into(acc, w->d->rule_facts + (size_t)rule->exceptions[i] * w->d->nwords, w->d->nwords);
  }
}

static void output_deps(Deps *w, int o) {
  if (w->out_state[o]) return;
  w->out_state[o] = 1;
  const IrOutput *O = &w->p->outputs[o];
  uint64_t *acc = w->d->out_facts + (size_t)o * w->d->nwords;
  walk_into(w, O->dflt, w->d->dflt_facts + (size_t)o * w->d->nwords);
  or_into(acc, w->d->dflt_facts + (size_t)o * w->d->nwords, w->d->nwords);
  for (int i = 0; i < O->nroots; i++) {
    rule_deps(w, O->roots[i]);
    or_into(acc, w->d->rule_facts + (size_t)O->roots[i] * w->d->nwords, w->d->nwords);
  }
  w->out_state[o] = 2;
}

/* Whether rule r (or an exception under it) may give member m of a set output: a constant
 * member or set decides; any other expression may give anything. */
static bool may_give(const Program *p, int r, int m) {
  const IrRule *rule = &p->rules[r];
  const IrExpr *v = rule->value;
  bool gives = true;
  if (v && v->op == X_CONST) {
    if (v->as.k.kind == V_ENUM) gives = v->as.k.as.e == m;
    else if (v->as.k.kind == V_SET) {
      gives = false;
      for (uint32_t i = 0; i < v->as.k.as.set->n; i++) if (v->as.k.as.set->items[i].as.e == m) gives = true;
    }
  } else if (v && v->op == X_SET && v->as.items.folded) {
    gives = false;
    for (uint32_t i = 0; i < v->as.items.folded->n; i++) if (v->as.items.folded->items[i].as.e == m) gives = true;
  }
  for (int i = 0; i < rule->nexceptions && !gives; i++) gives = may_give(p, rule->exceptions[i], m);
  return gives;
}

void mdomain_atom_facts(const MDomain *d, const Program *p, int o, int member, uint64_t *out) {
  int nw = d->nwords;
  if (member < 0) { memcpy(out, d->out_facts + (size_t)o * nw, sizeof(uint64_t) * (size_t)nw); return; }
  memset(out, 0, sizeof(uint64_t) * (size_t)nw);
  const IrOutput *O = &p->outputs[o];
  /* the default's facts, and every rule tree that may give the member (an exception that
   * sets aside a rule giving it matters through that tree) */
  or_into(out, d->dflt_facts + (size_t)o * nw, nw);
  for (int i = 0; i < O->nroots; i++)
    if (may_give(p, O->roots[i], member)) or_into(out, d->rule_facts + (size_t)O->roots[i] * nw, nw);
}

/* ---- candidate values ---- */

typedef struct Consts {
  int    n, cap;
  Val   *v;
} Consts;

static void consts_add(Consts *c, Val v) {
  ZAN_PUSH(c->v, c->n, c->cap, 8, v);
}

typedef struct Scan {
  const Program *p;
  ZDate          as_of;
  Consts        *per_slot;    /* constants each slot is compared with */
  int           *uses, *plain_uses;   /* X_FACT nodes per slot; of them, compared with a constant (or known()) */
  Consts         all_dates, all_ints, all_decs, all_durs;
  uint8_t       *fn_seen;
} Scan;

static const IrExpr *strip(const IrExpr *e) { return e && e->op == X_TODEC ? e->as.un : e; }

/* Adds the values a constant-like expression may take (a constant, the evaluation date, any
 * value of a parameter, the members of a constant collection). False when it is not one. */
static bool const_values(Scan *s, const IrExpr *e, Consts *out) {
  e = strip(e);
  if (!e) return false;
  switch (e->op) {
  case X_CONST:
    if (e->as.k.kind == V_SET || e->as.k.kind == V_LIST) {
      uint32_t n = e->as.k.kind == V_SET ? e->as.k.as.set->n : e->as.k.as.list->n;
      Val *it = e->as.k.kind == V_SET ? e->as.k.as.set->items : e->as.k.as.list->items;
      for (uint32_t i = 0; i < n; i++) consts_add(out, it[i]);
    } else consts_add(out, e->as.k);
    return true;
  case X_ASOF: consts_add(out, val_date(s->as_of)); return true;
  case X_PARAM: {
    const IrParam *pr = &s->p->params[e->as.index];
    for (int i = 0; i < pr->n; i++) consts_add(out, pr->values[i]);
    return true;
  }
  case X_SET: case X_LIST:
    if (e->as.items.folded) {
      for (uint32_t i = 0; i < e->as.items.folded->n; i++) consts_add(out, e->as.items.folded->items[i]);
      return true;
    }
    for (int i = 0; i < e->as.items.n; i++) if (strip(e->as.items.items[i])->op != X_CONST) return false;
    for (int i = 0; i < e->as.items.n; i++) consts_add(out, strip(e->as.items.items[i])->as.k);
    return true;
  default: return false;
  }
}

static void scan_visit(const IrExpr *e, void *ctx) {
  Scan *s = ctx;
  switch (e->op) {
  case X_FACT: if (e->as.index >= 0) s->uses[e->as.index]++; break;
  case X_CONST:
    if (e->as.k.kind == V_DATE) consts_add(&s->all_dates, e->as.k);
    else if (e->as.k.kind == V_INT) consts_add(&s->all_ints, e->as.k);
    else if (e->as.k.kind == V_DEC) consts_add(&s->all_decs, e->as.k);
    else if (e->as.k.kind == V_DUR) consts_add(&s->all_durs, e->as.k);
    break;
  case X_EQ: case X_NE: case X_LT: case X_LE: case X_GT: case X_GE: case X_IN: {
    const IrExpr *l = strip(e->as.bin.l), *r = strip(e->as.bin.r);
    for (int side = 0; side < 2; side++) {
      const IrExpr *f = side ? r : l, *k = side ? l : r;
      if (!f || f->op != X_FACT || f->as.index < 0) continue;
      if (e->op == X_IN && side) continue;              /* `x in FACT`: the fact is a collection */
      Consts tmp = {0};
      if (!const_values(s, k, &tmp)) continue;
      for (int i = 0; i < tmp.n; i++) consts_add(&s->per_slot[f->as.index], tmp.v[i]);
      s->plain_uses[f->as.index]++;
    }
    break;
  }
  case X_BUILTIN:
    if (e->as.builtin.b == B_KNOWN && e->as.builtin.n > 0) {
      const IrExpr *f = strip(e->as.builtin.args[0]);
      if (f && f->op == X_FACT && f->as.index >= 0) s->plain_uses[f->as.index]++;
    }
    break;
  default: break;
  }
}

static int val_sort_cmp(const void *a, const void *b) { return val_cmp(*(const Val *)a, *(const Val *)b); }

static void sort_unique(Consts *c) {
  if (c->n < 2) return;
  qsort(c->v, (size_t)c->n, sizeof(Val), val_sort_cmp);
  int k = 1;
  for (int i = 1; i < c->n; i++) if (val_cmp(c->v[i], c->v[k - 1]) != 0) c->v[k++] = c->v[i];
  c->n = k;
}

enum { MAX_CAND = 128 };

static void date_cands(Scan *s, int slot, bool approx, Consts *out) {
  Consts base = {0};
  for (int i = 0; i < s->per_slot[slot].n; i++)
    if (s->per_slot[slot].v[i].kind == V_DATE) consts_add(&base, s->per_slot[slot].v[i]);
  if (approx) {
    /* used in computations (anniversaries, date arithmetic): the constants and the evaluation
     * date, each shifted by every duration the policy names, in both directions */
    Consts k = {0};
    for (int i = 0; i < s->all_dates.n; i++) consts_add(&k, s->all_dates.v[i]);
    consts_add(&k, val_date(s->as_of));
    for (int i = 0; i < k.n; i++) {
      consts_add(&base, k.v[i]);
      for (int j = 0; j < s->all_durs.n; j++) {
        ZDate d;
        if (date_add(k.v[i].as.date, s->all_durs.v[j].as.dur, &d)) consts_add(&base, val_date(d));
        if (date_add(k.v[i].as.date, dur_neg(s->all_durs.v[j].as.dur), &d)) consts_add(&base, val_date(d));
      }
    }
  }
  if (base.n == 0) consts_add(&base, val_date(s->as_of));
  for (int i = 0; i < base.n; i++)
    for (int dd = -1; dd <= 1; dd++) {
      ZDate d = base.v[i].as.date + dd;
      int y, m, dy;
      date_to_ymd(d, &y, &m, &dy);
      if (date_valid(y, m, dy)) consts_add(out, val_date(d));
    }
  sort_unique(out);
}

static void int_cands(Scan *s, int slot, bool approx, Consts *out) {
  Consts base = {0};
  for (int i = 0; i < s->per_slot[slot].n; i++)
    if (s->per_slot[slot].v[i].kind == V_INT) consts_add(&base, s->per_slot[slot].v[i]);
  if (approx) for (int i = 0; i < s->all_ints.n; i++) consts_add(&base, s->all_ints.v[i]);
  consts_add(&base, val_int(0));
  for (int i = 0; i < base.n; i++)
    for (int dd = -1; dd <= 1; dd++) {
      int64_t x;
      if (!__builtin_add_overflow(base.v[i].as.i, dd, &x)) consts_add(out, val_int(x));
    }
  sort_unique(out);
}

/* Decimals: each constant, the midpoint between neighbours, and one beyond either end. */
static void dec_cands(Scan *s, int slot, bool approx, Consts *out) {
  Consts base = {0};
  Consts *src[3] = { &s->per_slot[slot], approx ? &s->all_decs : NULL, approx ? &s->all_ints : NULL };
  for (int k = 0; k < 3; k++)
    for (int i = 0; src[k] && i < src[k]->n; i++) {
      Val v = src[k]->v[i];
      if (v.kind == V_INT) consts_add(&base, val_dec(dec_from_int(v.as.i)));
      else if (v.kind == V_DEC) consts_add(&base, v);
    }
  consts_add(&base, val_dec(dec_from_int(0)));
  sort_unique(&base);
  ZDecimal *one = dec_from_int(1), *two = dec_from_int(2);
  for (int i = 0; i < base.n; i++) {
    consts_add(out, base.v[i]);
    if (i == 0) { ZDecimal *x = dec_sub(base.v[i].as.d, one); if (x) consts_add(out, val_dec(x)); }
    if (i + 1 < base.n) {
      ZDecimal *sum = dec_add(base.v[i].as.d, base.v[i + 1].as.d), *mid = sum ? dec_div(sum, two) : NULL;
      if (mid) consts_add(out, val_dec(mid));
    } else { ZDecimal *x = dec_add(base.v[i].as.d, one); if (x) consts_add(out, val_dec(x)); }
  }
  sort_unique(out);
}

/* Texts: the constants compared with, and one text equal to none of them. */
static void text_cands(Scan *s, int slot, Consts *out) {
  for (int i = 0; i < s->per_slot[slot].n; i++)
    if (s->per_slot[slot].v[i].kind == V_TEXT) consts_add(out, s->per_slot[slot].v[i]);
  sort_unique(out);
  static const char *other[] = { "other", "other value", "another value" };
  for (int k = 0; k < 3; k++) {
    Val v = val_text(other[k], (uint32_t)strlen(other[k]));
    bool clash = false;
    for (int i = 0; i < out->n; i++) if (val_cmp(out->v[i], v) == 0) clash = true;
    if (!clash) { consts_add(out, v); break; }
  }
}

static void scan_fn(Scan *s, int f);
static void scan_calls(const IrExpr *e, void *ctx) {
  Scan *s = ctx;
  if (e->op == X_CALL) scan_fn(s, e->as.call.fn);
  scan_visit(e, ctx);
}
static void scan_fn(Scan *s, int f) {
  if (s->fn_seen[f]) return;
  s->fn_seen[f] = 1;
  ir_walk(s->p->funcs[f].body, scan_calls, s);
}

MDomain *mdomain_build(const Program *p, const Val *slots, ZDate as_of, const bool *never) {
  MDomain *d = ZAN_NEW(MDomain);
  int nw = d->nwords = (p->nslots + 63) / 64 > 0 ? (p->nslots + 63) / 64 : 1;
  d->slot = ZAN_NEWN(MSlot, p->nslots);
  d->askable = zan_alloc_atomic(sizeof(uint64_t) * (size_t)nw);
  d->out_facts = zan_alloc_atomic(sizeof(uint64_t) * (size_t)nw * (size_t)(p->noutputs + 1));
  d->dflt_facts = zan_alloc_atomic(sizeof(uint64_t) * (size_t)nw * (size_t)(p->noutputs + 1));
  d->rule_facts = zan_alloc_atomic(sizeof(uint64_t) * (size_t)nw * (size_t)(p->nrules + 1));

  Deps w = { p, d, zan_alloc_atomic((size_t)p->noutputs + 1), zan_alloc_atomic((size_t)p->nfuncs + 1),
             zan_alloc_atomic(sizeof(uint64_t) * (size_t)nw * (size_t)(p->nfuncs + 1)), NULL };
  for (int o = 0; o < p->noutputs; o++) output_deps(&w, o);

  Scan s = { p, as_of, ZAN_NEWN(Consts, p->nslots + 1), zan_alloc_atomic(sizeof(int) * (size_t)(p->nslots + 1)),
             zan_alloc_atomic(sizeof(int) * (size_t)(p->nslots + 1)), {0}, {0}, {0}, {0},
             zan_alloc_atomic((size_t)p->nfuncs + 1) };
  for (int r = 0; r < p->nrules; r++) {
    ir_walk(p->rules[r].when, scan_calls, &s);
    ir_walk(p->rules[r].value, scan_calls, &s);
  }
  for (int o = 0; o < p->noutputs; o++) ir_walk(p->outputs[o].dflt, scan_calls, &s);

  for (int i = 0; i < p->nslots; i++) {
    MSlot *m = &d->slot[i];
    const Type *t = p->slots[i]->type;
    if (slots[i].kind != V_UNKNOWN || (never && never[i]) || !t) continue;      /* MS_FIXED */
    bool approx = s.uses[i] > s.plain_uses[i];
    Consts c = {0};
    switch (t->kind) {
    case T_BOOL: consts_add(&c, val_bool(false)); consts_add(&c, val_bool(true)); break;
    case T_ENUM: for (int k = 0; k < t->as.en->n; k++) consts_add(&c, val_enum(k)); break;
    case T_DATE: date_cands(&s, i, approx, &c); break;
    case T_INT:  int_cands(&s, i, approx, &c); break;
    case T_DEC:  dec_cands(&s, i, approx, &c); break;
    case T_TEXT: text_cands(&s, i, &c); approx = approx || s.uses[i] > 0; break;
    case T_SET:
      if (t->as.elem && t->as.elem->kind == T_ENUM && t->as.elem->as.en->n <= 64) {
        m->kind = MS_SET;
        m->nmem = t->as.elem->as.en->n;
        bit_set(d->askable, i);
      } else m->unsupported = true;
      continue;
    default: m->unsupported = true; continue;
    }
    if (c.n > MAX_CAND) { c.n = MAX_CAND; approx = true; }
    m->kind = MS_WHOLE;
    m->cand = c.v;
    m->ncand = c.n;
    m->approx = approx && t->kind != T_BOOL && t->kind != T_ENUM;
    bit_set(d->askable, i);
  }
  return d;
}

/* ---- separable blocks: outputs an atom reads whose facts nothing else of the atom reads ---- */

typedef struct Direct {
  const Program *p;
  uint64_t      *facts;       /* facts read directly (through functions, not through outputs) */
  uint8_t       *outs;        /* outputs read */
  uint8_t       *fn_seen;
} Direct;

static void direct_visit(const IrExpr *e, void *ctx) {
  Direct *w = ctx;
  if (e->op == X_FACT && e->as.index >= 0) bit_set(w->facts, e->as.index);
  else if (e->op == X_OUTPUT) w->outs[e->as.index] = 1;
  else if (e->op == X_CALL && !w->fn_seen[e->as.call.fn]) {
    w->fn_seen[e->as.call.fn] = 1;
    ir_walk(w->p->funcs[e->as.call.fn].body, direct_visit, w);
  }
}

static void direct_rule(Direct *w, int r) {
  const IrRule *rule = &w->p->rules[r];
  ir_walk(rule->when, direct_visit, w);
  ir_walk(rule->value, direct_visit, w);
  for (int i = 0; i < rule->nexceptions; i++) direct_rule(w, rule->exceptions[i]);
}

int mdomain_atom_blocks(const MDomain *d, const Program *p, int o, int member, int *outs) {
  int nw = d->nwords;
  Direct w = { p, zan_alloc_atomic(sizeof(uint64_t) * (size_t)nw), zan_alloc_atomic((size_t)p->noutputs + 1),
               zan_alloc_atomic((size_t)p->nfuncs + 1) };
  const IrOutput *O = &p->outputs[o];
  ir_walk(O->dflt, direct_visit, &w);
  for (int i = 0; i < O->nroots; i++)
    if (member < 0 || may_give(p, O->roots[i], member)) direct_rule(&w, O->roots[i]);
  int n = 0;
  for (int q = 0; q < p->noutputs; q++) {
    if (!w.outs[q] || q == o) continue;
    const uint64_t *fq = d->out_facts + (size_t)q * nw;
    bool separable = true;
    for (int k = 0; k < nw && separable; k++) if (fq[k] & w.facts[k]) separable = false;
    for (int r = 0; r < p->noutputs && separable; r++) {
      if (!w.outs[r] || r == q || r == o) continue;
      const uint64_t *fr = d->out_facts + (size_t)r * nw;
      for (int k = 0; k < nw && separable; k++) if (fq[k] & fr[k]) separable = false;
    }
    if (separable) outs[n++] = q;
  }
  return n;
}
