/* eval.c — one evaluation run: the EvalCtx, outputs on demand (memoised), rules with their
 * exceptions (default logic), combine, defaults, needs and trace; eval_program and friends. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "eval_impl.h"
#include "../lang/base/alloc.h"
#include "../lang/base/buf.h"
#include "../lang/base/exitcodes.h"

static const Loc NOLOC = {0};

_Noreturn void eval_fail(EvalCtx *c, int code, Loc loc, Loc loc2, MsgId id, ...) {
  va_list ap;
  va_start(ap, id);
  EvalError *err = ZAN_NEW(EvalError);
  err->code = code;
  err->loc = loc;
  err->loc2 = loc2;
  err->message = zan_vsprintf(msg_format(id, c->lang), ap);
  va_end(ap);
  c->err = err;
  longjmp(*c->jb, 1);
}

/* ---- trace (EVAL_TRACE only) ---- */
static Val contrib_value(const IrRule *r, Val v) {
  if (!r->includes || v.kind == V_UNKNOWN) return v;
  Val *one = ZAN_NEW(Val);
  *one = v;
  return val_set(valset_make(one, 1));
}

static void trace_add(EvalCtx *c, int ri, TraceStatus st, int by, Val v) {
  const IrRule *r = &c->p->rules[ri];
  if (c->seen) {                         /* a shared exception's subtree is evaluated per base */
    if (c->seen[ri] & 2) return;
    c->seen[ri] |= 2;
  }
  OutputResult *o = &c->out[r->output];
  ZAN_GROW(o->trace, o->ntrace, c->trace_cap[r->output], 4);
  TraceEntry *t = &o->trace[o->ntrace++];
  t->rule = ri;
  t->status = st;
  t->by = by;
  t->value = contrib_value(r, v);
  t->nfacts = r->nfacts_read;
  t->fact_slots = r->facts_read;
  t->fact_values = ZAN_NEWN(Val, r->nfacts_read);
  for (int i = 0; i < r->nfacts_read; i++) t->fact_values[i] = c->slots[r->facts_read[i]];
}

/* ---- rules ---- */
static bool in_force(const IrRule *r, ZDate d) {
  if (r->has_from && d < r->from) return false;
  if (r->has_until && d > r->until) return false;
  return true;
}

/* Same contribution: both known and equal (an includes member against a member). */
static bool same_value(Val a, Val b) {
  return eval_known(a) && eval_known(b) && eval_eq3(a, b) == TRI_T;
}

/* What a rule's subtree contributes, ordered so that the strongest of several is their max. */
typedef enum { SUB_NONE, SUB_MAYBE, SUB_CERTAIN } Subtree;

/* A rule with its exceptions (docs/language.md, exceptions): the exceptions are evaluated
 * first; one that certainly applies sets the rule aside; otherwise the rule, when in force and
 * its `when` holds (or may hold), contributes its value — only maybe if an exception may apply
 * with another value. Pushes the contributions; returns the strongest in the subtree. */
static Subtree eval_subtree(EvalCtx *c, int ri) {
  const IrRule *r = &c->p->rules[ri];
  int start = c->ctop, by = -1;
  Subtree exc = SUB_NONE;
  for (int i = 0; i < r->nexceptions; i++) {
    Subtree s = eval_subtree(c, r->exceptions[i]);
    if (s == SUB_CERTAIN && by < 0) by = r->exceptions[i];
    if (s > exc) exc = s;
  }
  if (exc == SUB_CERTAIN) {                           /* an exception certainly applies: r is set aside */
    if (c->flags & EVAL_TRACE) trace_add(c, ri, TR_SET_ASIDE, by, val_unknown());
    return SUB_CERTAIN;
  }
  if (!in_force(r, c->as_of)) return exc;
  Tri a = r->when ? eval_tri(c, r->when) : TRI_T;
  if (a == TRI_F) return exc;
  Val v = eval_expr(c, r->value);
  bool maybe = a == TRI_U;
  if (!maybe && exc == SUB_MAYBE) {
    /* exceptions may apply: r stays certain only if each of them would give the same */
    for (int i = start; i < c->ctop && !maybe; i++)
      if (!same_value(c->cstack[i].v, v)) maybe = true;
  }
  if (c->ctop == c->ccap) {              /* shared exceptions contribute once per base */
    Contrib *g = ZAN_NEWN(Contrib, (size_t)c->ccap * 2);
    memcpy(g, c->cstack, sizeof(Contrib) * (size_t)c->ctop);
    c->cstack = g;
    c->ccap *= 2;
  }
  Contrib *k = &c->cstack[c->ctop++];
  k->rule = ri;
  k->maybe = maybe;
  k->again = 0;
  if (c->seen) { k->again = c->seen[ri] & 1; c->seen[ri] |= 1; }
  k->v = v;
  if (c->flags & EVAL_TRACE) trace_add(c, ri, maybe ? TR_MAY_APPLY : TR_APPLIED, -1, v);
  return maybe ? SUB_MAYBE : SUB_CERTAIN;   /* exc is NONE or MAYBE here */
}

/* ---- combine ---- */
static const char *cites_text(const Program *p, const IrRule *r) {
  Buf b; buf_init(&b);
  for (int i = 0; i < r->ncites; i++) {
    if (i) buf_puts(&b, ", ");
    buf_puts(&b, p->articles[r->cites[i]].id);
  }
  if (r->ncites == 0) buf_puts(&b, "-");
  return buf_cstr(&b);
}

static _Noreturn void conflict(EvalCtx *c, int o, const Contrib *a, const Contrib *b) {
  const Program *p = c->p;
  const IrRule *ra = &p->rules[a->rule], *rb = &p->rules[b->rule];
  Buf va, vb; buf_init(&va); buf_init(&vb);
  val_to_text(contrib_value(ra, a->v), p->outputs[o].type, &va);
  val_to_text(contrib_value(rb, b->v), p->outputs[o].type, &vb);
  eval_fail(c, ZAN_EXIT_RUNTIME, rb->loc, ra->loc, E_EVAL_CONFLICT, p->outputs[o].name,
            ra->name, cites_text(p, ra), buf_cstr(&va), rb->name, cites_text(p, rb), buf_cstr(&vb));
}

static void decide(OutputResult *R, Val v) { R->decided = true; R->value = v; }

static void combine_none(EvalCtx *c, int o, Contrib *cs, int n) {
  OutputResult *R = &c->out[o];
  const Program *p = c->p;
  int first = -1;
  bool unk = false;
  Val cv = val_unknown();
  for (int i = 0; i < n; i++) {
    if (cs[i].maybe) continue;
    Val v = contrib_value(&p->rules[cs[i].rule], cs[i].v);
    if (!eval_known(v)) { unk = true; continue; }
    if (first < 0) { first = i; cv = v; }
    else if (eval_eq3(cv, v) != TRI_T) conflict(c, o, &cs[first], &cs[i]);
  }
  if (unk) {
    /* one rule certainly gives a record with an unknown field: undetermined, but the rules
     * that read it still see its known fields (as a partial set is kept for readers) */
    if (n == 1 && !cs[0].maybe) {
      Val v = contrib_value(&p->rules[cs[0].rule], cs[0].v);
      if (v.kind == V_RECORD) R->value = v;
    }
    return;
  }
  if (first < 0) return;
  for (int i = 0; i < n; i++) {
    if (!cs[i].maybe) continue;
    if (!same_value(contrib_value(&p->rules[cs[i].rule], cs[i].v), cv)) return;
  }
  decide(R, cv);
}

typedef struct MemAcc { Val *items; uint8_t *certain; uint32_t n, cap; } MemAcc;
static void mem_push(MemAcc *m, Val v, uint8_t certain) {
  if (m->n == m->cap) {
    uint32_t cap = m->cap ? m->cap * 2 : 16;
    Val *it = ZAN_NEWN(Val, cap);
    uint8_t *ce = zan_alloc_atomic(cap);
    if (m->n) { memcpy(it, m->items, sizeof(Val) * m->n); memcpy(ce, m->certain, m->n); }
    m->items = it; m->certain = ce; m->cap = cap;
  }
  m->items[m->n] = v;
  m->certain[m->n++] = certain;
}
static void mem_push_set(MemAcc *m, Val s, bool certain) {
  for (uint32_t i = 0; i < s.as.set->n; i++)
    mem_push(m, s.as.set->items[i], certain && !(s.as.set->maybe && s.as.set->maybe[i]));
}

/* union: certain members of certain contributions; possible members of all of them. A
 * contribution that is unknown opens the set: with an enum element every member becomes
 * possible, otherwise nothing can be said beyond the certain members. */
/* Sets of an enum of at most 64 members (the common case: prohibitions, obligations,
 * findings): two bitmasks instead of sorting; member order is value order. */
static void set_bits(Val s, bool certain, uint64_t *cert, uint64_t *poss) {
  for (uint32_t i = 0; i < s.as.set->n; i++) {
    uint64_t bit = (uint64_t)1 << (s.as.set->items[i].as.e & 63);
    *poss |= bit;
    if (certain && !(s.as.set->maybe && s.as.set->maybe[i])) *cert |= bit;
  }
}

static ValSet *set_from_bits(uint64_t cert, uint64_t poss) {
  int n = __builtin_popcountll(poss);
  ValSet *s = zan_alloc(sizeof(ValSet) + sizeof(Val) * (size_t)n);   /* items after it */
  s->n = (uint32_t)n;
  s->items = (Val *)(s + 1);
  if (cert != poss) s->maybe = zan_alloc_atomic((size_t)n + 1);
  int k = 0;
  for (uint64_t b = poss; b; b &= b - 1) {
    int m = __builtin_ctzll(b);
    s->items[k] = val_enum(m);
    if (s->maybe) s->maybe[k] = !((cert >> m) & 1);
    k++;
  }
  return s;
}

static void combine_union_enum(EvalCtx *c, int o, Contrib *cs, int n, int ncertain, const EnumType *en) {
  OutputResult *R = &c->out[o];
  const Program *p = c->p;
  const IrOutput *O = &p->outputs[o];
  uint64_t cert = 0, poss = 0;
  uint64_t all = en->n == 64 ? ~(uint64_t)0 : (((uint64_t)1 << en->n) - 1);
  for (int i = 0; i < n; i++) {
    Val v = cs[i].v;
    if (p->rules[cs[i].rule].includes && v.kind == V_ENUM) {
      uint64_t bit = (uint64_t)1 << (v.as.e & 63);
      poss |= bit;
      if (!cs[i].maybe) cert |= bit;
    } else if (v.kind == V_SET) {
      set_bits(v, !cs[i].maybe, &cert, &poss);
    } else {
      poss = all;                            /* unknown: any member may be in */
    }
  }
  if (ncertain == 0 && O->dflt) {
    Val d = eval_expr(c, O->dflt);
    if (d.kind == V_SET) set_bits(d, false, &cert, &poss); else poss = all;
  }
  if (cert == poss) { decide(R, val_set(set_from_bits(cert, cert))); return; }
  R->at_least = val_set(set_from_bits(cert, cert));
  R->value = val_set(set_from_bits(cert, poss));
}

static void combine_union(EvalCtx *c, int o, Contrib *cs, int n, int ncertain) {
  OutputResult *R = &c->out[o];
  const Program *p = c->p;
  const IrOutput *O = &p->outputs[o];
  const Type *elem = O->type && O->type->kind == T_SET ? O->type->as.elem : NULL;
  if (elem && elem->kind == T_ENUM && elem->as.en->n <= 64) {
    combine_union_enum(c, o, cs, n, ncertain, elem->as.en);
    return;
  }
  MemAcc m = {0};
  bool open = false;
  for (int i = 0; i < n; i++) {
    const IrRule *r = &p->rules[cs[i].rule];
    Val v = cs[i].v;
    if (v.kind == V_UNKNOWN) { open = true; continue; }
    if (r->includes) mem_push(&m, v, !cs[i].maybe);
    else if (v.kind == V_SET) mem_push_set(&m, v, !cs[i].maybe);
    else open = true;
  }
  if (ncertain == 0 && O->dflt) {
    /* perhaps no rule applies: then the default's members are the value */
    Val d = eval_expr(c, O->dflt);
    if (d.kind == V_SET) mem_push_set(&m, d, false); else open = true;
  }
  bool opaque = false;
  if (open) {
    if (elem && elem->kind == T_ENUM)
      for (int i = 0; i < elem->as.en->n; i++) mem_push(&m, val_enum(i), 0);
    else
      opaque = true;
  }
  ValSet *s = eval_set_build(m.items, m.certain, m.n);
  if (!opaque && !s->maybe) { decide(R, val_set(s)); return; }
  /* undetermined: at_least = certain members; reads as the partial set */
  uint32_t k = 0;
  Val *cert = ZAN_NEWN(Val, s->n);
  for (uint32_t i = 0; i < s->n; i++) if (!(s->maybe && s->maybe[i])) cert[k++] = s->items[i];
  ValSet *cs_set = ZAN_NEW(ValSet);
  cs_set->n = k; cs_set->items = cert;
  R->at_least = val_set(cs_set);
  R->value = opaque ? val_unknown() : val_set(s);
}

static void combine_minmax(EvalCtx *c, int o, Contrib *cs, int n, bool max) {
  OutputResult *R = &c->out[o];
  bool unk = false, have = false;
  Val best = val_unknown();
  for (int i = 0; i < n; i++) {
    if (cs[i].maybe) continue;
    if (cs[i].v.kind == V_UNKNOWN) { unk = true; continue; }
    int k = have ? val_cmp(cs[i].v, best) : 0;
    if (!have || (max ? k > 0 : k < 0)) { best = cs[i].v; have = true; }
  }
  if (have && max) R->at_least = best;
  if (unk || !have) return;
  for (int i = 0; i < n; i++) {
    if (!cs[i].maybe) continue;
    if (cs[i].v.kind == V_UNKNOWN) return;
    int k = val_cmp(cs[i].v, best);
    if (max ? k > 0 : k < 0) return;
  }
  decide(R, best);
}

static void combine_anyall(EvalCtx *c, int o, Contrib *cs, int n, int ncertain, bool any) {
  OutputResult *R = &c->out[o];
  Tri r = any ? TRI_F : TRI_T;
  for (int i = 0; i < n; i++) {
    Tri v = tri_of(cs[i].v);
    /* a maybe rule: not applying is neutral (false for any, true for all) */
    Tri t = !cs[i].maybe ? v : any ? tri_and(TRI_U, v) : tri_or(TRI_U, v);
    r = any ? tri_or(r, t) : tri_and(r, t);
  }
  if (r == (any ? TRI_T : TRI_F)) decide(R, val_bool(any));
  else if (r != TRI_U && ncertain > 0) decide(R, val_bool(!any));
}

static void combine(EvalCtx *c, int o, Contrib *cs, int n) {
  const IrOutput *O = &c->p->outputs[o];
  OutputResult *R = &c->out[o];
  R->value = val_unknown();
  R->at_least = val_unknown();
  if (n == 0) {                              /* every rule certainly does not apply */
    if (O->dflt) {
      Val d = eval_expr(c, O->dflt);
      if (eval_known(d)) { decide(R, d); R->by_default = true; }
      else R->value = d.kind == V_SET ? d : val_unknown();
    }
    return;
  }
  int ncertain = 0;
  for (int i = 0; i < n; i++) ncertain += !cs[i].maybe;
  if (ncertain == 0 && O->dflt) {
    /* only maybe rules: if each gives the default's value, the value is that either way */
    Val d = eval_expr(c, O->dflt);
    if (eval_known(d)) {
      bool all_same = true;
      for (int i = 0; i < n && all_same; i++)
        all_same = same_value(contrib_value(&c->p->rules[cs[i].rule], cs[i].v), d);
      if (all_same) { decide(R, d); return; }
    }
  }
  switch (O->combine) {
  case C_NONE:  combine_none(c, o, cs, n); break;
  case C_UNION: combine_union(c, o, cs, n, ncertain); break;
  case C_MAX:   combine_minmax(c, o, cs, n, true); break;
  case C_MIN:   combine_minmax(c, o, cs, n, false); break;
  case C_ANY:   combine_anyall(c, o, cs, n, ncertain, true); break;
  case C_ALL:   combine_anyall(c, o, cs, n, ncertain, false); break;
  }
}

static void finish_needs(EvalCtx *c, int o);

/* output -> its root rules' subtrees, combined (or the default): memoised, so an output read
 * by another is evaluated once; meeting one under evaluation again is a cycle. */
void eval_output(EvalCtx *c, int o) {
  if (c->state[o] == OS_DONE) return;
  if (c->state[o] == OS_BUSY)
    eval_fail(c, ZAN_EXIT_INTERNAL, c->p->outputs[o].loc, NOLOC, E_EVAL_CYCLE, c->p->outputs[o].name);
  c->state[o] = OS_BUSY;
  const Program *p = c->p;
  const IrOutput *O = &p->outputs[o];
  int saved_base = c->nbase;
  uint32_t saved_id = c->frame_id;
  Val *saved_frame = c->frame;
  Val frame[p->nlocals > 0 ? p->nlocals : 1];
  c->frame = frame;
  if (c->collect) { c->nbase = c->ntop; c->frame_id = ++c->next_id; }
  int base = c->ctop;
  for (int i = 0; i < O->nroots; i++) eval_subtree(c, O->roots[i]);
  if (c->seen) {                           /* a shared exception counts once */
    int k = base;
    for (int i = base; i < c->ctop; i++) if (!c->cstack[i].again) c->cstack[k++] = c->cstack[i];
    c->ctop = k;
  }
  combine(c, o, c->cstack + base, c->ctop - base);   /* a default may read outputs and grow
    the stack: the old block stays valid (collected, never freed by hand) for this combine */
  c->ctop = base;
  c->frame = saved_frame;
  if (c->collect) {
    if (!c->out[o].decided) finish_needs(c, o);
    c->ntop = c->nbase;
    c->nbase = saved_base; c->frame_id = saved_id;
  }
  c->state[o] = OS_DONE;
}

void eval_needs_grow(EvalCtx *c) {
  int cap = c->ncap * 2;
  int *n = zan_alloc_raw(sizeof(int) * (size_t)cap);
  memcpy(n, c->nstack, sizeof(int) * (size_t)c->ntop);
  c->nstack = n; c->ncap = cap;
}

/* ---- needs: the output's frame -> slots sorted by fact path, unique ---- */
static int cmp_slot_path(const void *a, const void *b, void *slots) {
  IrFact *const *s = slots;
  return strcmp(s[*(const int *)a]->path, s[*(const int *)b]->path);
}

static void finish_needs(EvalCtx *c, int o) {
  OutputResult *R = &c->out[o];
  int n = c->ntop - c->nbase;
  if (n == 0) return;
  int *v = zan_alloc_atomic(sizeof(int) * (size_t)n);
  uint32_t id = ++c->next_id;        /* a fresh stamp: drops what outputs read pushed twice */
  int k = 0;
  for (int i = c->nbase; i < c->ntop; i++) {
    int s = c->nstack[i];
    if (c->slot_seen[s] != id) { c->slot_seen[s] = id; v[k++] = s; }
  }
  IrFact *const *slots = c->p->slots;
  if (k <= 16) {                      /* needs lists are mostly short: insertion sort */
    for (int i = 1; i < k; i++) {
      int x = v[i], j = i;
      while (j > 0 && strcmp(slots[v[j - 1]]->path, slots[x]->path) > 0) { v[j] = v[j - 1]; j--; }
      v[j] = x;
    }
  } else qsort_r(v, (size_t)k, sizeof(int), cmp_slot_path, (void *)slots);
  R->nneeds = k;
  R->needs = v;
}

Result *eval_program(const Program *p, const Val *slots, ZDate as_of, unsigned flags, Lang lang) {
  return eval_program_limited(p, slots, as_of, flags, lang, EVAL_MAX_STEPS);
}

static Result *eval_run(const Program *p, const Val *slots, ZDate as_of, unsigned flags, Lang lang,
                        unsigned long long max_steps, Result *res, int only);

Result *eval_program_limited(const Program *p, const Val *slots, ZDate as_of, unsigned flags, Lang lang,
                             unsigned long long max_steps) {
  return eval_run(p, slots, as_of, flags, lang, max_steps, ZAN_NEW(Result), -1);
}

Result *eval_program_reuse(const Program *p, const Val *slots, ZDate as_of, unsigned flags, Lang lang, Result *r) {
  return eval_run(p, slots, as_of, flags, lang, EVAL_MAX_STEPS, r ? r : ZAN_NEW(Result), -1);
}

Result *eval_program_one(const Program *p, const Val *slots, ZDate as_of, Lang lang, int only, Result *r) {
  return eval_run(p, slots, as_of, 0, lang, EVAL_MAX_STEPS, r ? r : ZAN_NEW(Result), only);
}

/* program -> every output (or only `only` and what it reads), each with its needs when
 * undetermined. res: a new Result, or an earlier one of p to overwrite (a stream's records,
 * one after the other: its output array is a medium-sized block, the costliest allocation). */
static Result *eval_run(const Program *p, const Val *slots, ZDate as_of, unsigned flags, Lang lang,
                        unsigned long long max_steps, Result *res, int only) {
  OutputResult *outs = res->outputs && res->noutputs == p->noutputs ? res->outputs : NULL;
  memset(res, 0, sizeof *res);
  if (outs) memset(outs, 0, sizeof(OutputResult) * (size_t)p->noutputs);
  else outs = ZAN_NEWN(OutputResult, p->noutputs);
  res->as_of = as_of;
  res->noutputs = p->noutputs;
  res->outputs = outs;
  res->subject = p->subject_slot >= 0 ? slots[p->subject_slot] : val_unknown();

  EvalCtx c;
  memset(&c, 0, sizeof c);
  c.p = p; c.slots = slots; c.as_of = as_of; c.flags = flags; c.lang = lang;
  c.max_steps = max_steps;
  stack_guard_init(&c.stack, EVAL_STACK_RESERVE);
  c.out = res->outputs;
  /* the memo states, the per-slot stamps and the needs stack: on the C stack unless the
   * policy is large; each is as long as the outputs, the slots, or the needs of one record */
  uint8_t state_small[1024];
  uint32_t seen_small[512];
  int nstack_small[256];
  c.state = p->noutputs <= 1024 ? state_small : zan_alloc_raw((size_t)p->noutputs);
  memset(c.state, OS_TODO, (size_t)p->noutputs);
  c.slot_seen = p->nslots <= 512 ? seen_small : zan_alloc_raw(sizeof(uint32_t) * (size_t)p->nslots);
  memset(c.slot_seen, 0, sizeof(uint32_t) * (size_t)p->nslots);
  c.nstack = nstack_small; c.ncap = 256;
  c.nbase = -1;
  c.collect = true;
  Contrib stack_small[256];
  c.cstack = stack_small; c.ccap = 256;
  if (p->shared_exceptions) {
    c.seen = zan_alloc_atomic((size_t)p->nrules + 1);
    memset(c.seen, 0, (size_t)p->nrules + 1);
  }
  if (flags & EVAL_TRACE) c.trace_cap = zan_alloc_atomic(sizeof(int) * (size_t)(p->noutputs + 1));
  jmp_buf jb;
  c.jb = &jb;
  if (setjmp(jb)) {
    res->error = c.err;
    return res;
  }
  for (int o = 0; o < p->noutputs; o++)
    if (only < 0 || o == only) eval_output(&c, o);
  if (only < 0 && (flags & EVAL_CHECKS)) { eval_unmet(&c); res->checklists = true; }
  return res;
}

/* A closed expression (a test's expect) over a finished run: outputs read from r, never again. */
Val eval_expr_after(const Program *p, const Val *slots, const Result *r, const IrExpr *e, Lang lang, EvalError **err) {
  EvalCtx c;
  memset(&c, 0, sizeof c);
  c.p = p; c.slots = slots; c.as_of = r->as_of; c.lang = lang;
  c.max_steps = EVAL_MAX_STEPS;
  stack_guard_init(&c.stack, EVAL_STACK_RESERVE);
  c.out = r->outputs;
  c.state = zan_alloc_atomic((size_t)p->noutputs + 1);
  memset(c.state, OS_DONE, (size_t)p->noutputs);
  c.nbase = -1;                                  /* no needs collected */
  int nl = p->nlocals > 0 ? p->nlocals : 1;
  Val frame[nl];
  for (int i = 0; i < nl; i++) frame[i] = val_unknown();
  c.frame = frame;
  jmp_buf jb;
  c.jb = &jb;
  if (err) *err = NULL;
  if (setjmp(jb)) {
    if (err) *err = c.err;
    return val_unknown();
  }
  return eval_expr(&c, e);
}

ZDate eval_pick_as_of(const Program *p, const Val *slots, const ZDate *cli_as_of, ZDate today) {
  if (cli_as_of) return *cli_as_of;
  if (p->as_of_slot >= 0 && slots && slots[p->as_of_slot].kind == V_DATE) return slots[p->as_of_slot].as.date;
  return today;
}
