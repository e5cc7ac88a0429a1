/* missing.c — minimal settling sets of unknown facts for each undetermined output, and the
 * next question. The search branches on one fact (or one member of a set fact) at a time,
 * always on a fact the evaluation read, so it only ever visits the facts that matter.
 *
 * Settling is checked one *atom* at a time: an output is decided exactly when each of its
 * atoms is (a set output: each member is certainly in or certainly out; any other output: its
 * value), and a set settles the output exactly when it settles every atom — so the output's
 * minimal sets are the minimal unions of one minimal set per atom. For one atom:
 *   1. settles(R), R = the unknown facts the atom may depend on, branching on the first fact
 *      it reads at each step; the facts branched on are R' (only they can matter);
 *   2. a fact f of R' is *essential* when R minus f does not settle the atom (a search that
 *      stops at the first assignment leaving it undetermined): every settling set contains it;
 *   3. when the essential facts E settle the atom, E is its one minimal set; else the minimal
 *      sets are found among E ∪ X, X ⊆ R \ E, smallest first (X ⊆ R' \ E when R \ E has more
 *      than MAX_EXTRA facts: a set R' misses — one the first search decided before reaching —
 *      is then not listed, though every set listed is minimal and settles).
 * The evaluation is Kleene-monotone (a decided output stays decided as facts become known),
 * which makes settling sets closed under supersets; that is what steps 2-3 rely on. */
#include <stdlib.h>
#include <string.h>
#include "missing_impl.h"
#include "../lang/base/alloc.h"

/* A memo entry: the state of the atom's facts (closed blocks stand in by their value) and
 * whether every assignment below it settles, with the facts branched on below. */
typedef struct Memo {
  uint64_t  hash;
  uint32_t  nkey;
  uint8_t  *key;
  int       nvals;
  Val      *vals;
  bool      ok;
  uint64_t *seen;
} Memo;

typedef struct MCtx {
  const Program *p;
  ZDate          as_of;
  Lang           lang;
  MDomain       *d;
  int            nw;
  Val           *slots;      /* the facts under the current assignment */
  int16_t       *cur;        /* MS_WHOLE slots: candidate index, -1 unassigned */
  int8_t       **bits;       /* MS_SET slots: per member -1 unassigned, 0 out, 1 in */
  Result        *res;        /* reused by every evaluation */
  int            out, member;   /* the atom being searched */
  const uint64_t *rel;       /* its askable facts */
  int            nblocks, *blocks;       /* its separable blocks (outputs) */
  uint64_t      *block_facts;            /* nblocks bitsets */
  Memo          *memo;       /* open addressing, memo_cap slots (a power of two) */
  int            memo_n, memo_cap;
  uint64_t      *unsupported_needed;   /* unknown facts read that cannot be branched on */
  uint64_t      *single;     /* step 1: facts found the only one left to read at some node */
  int16_t      **snap_cur;   /* step 1: per slot, the assignment where it was first branched on */
  int8_t      ***snap_bits;
  unsigned long long evals, budget, limit;   /* all evaluations; the limit of the current search */
  bool           over;       /* a search ran out of evaluations: the answer is approximate */
} MCtx;

/* ---- the current assignment ---- */

static void set_slot_from_bits(MCtx *c, int s) {
  const MSlot *m = &c->d->slot[s];
  int8_t *b = c->bits[s];
  int n = 0, any = 0, maybe = 0;
  for (int i = 0; i < m->nmem; i++) { if (b[i] != 0) n++; if (b[i] >= 0) any = 1; if (b[i] < 0) maybe = 1; }
  if (!any) { c->slots[s] = val_unknown(); return; }
  ValSet *vs = ZAN_NEW(ValSet);
  vs->n = (uint32_t)n;
  vs->items = ZAN_NEWN(Val, n);
  if (maybe) vs->maybe = zan_alloc_atomic((size_t)n + 1);
  int k = 0;
  for (int i = 0; i < m->nmem; i++) {
    if (b[i] == 0) continue;
    vs->items[k] = val_enum(i);
    if (maybe) vs->maybe[k] = b[i] < 0;
    k++;
  }
  c->slots[s] = val_set(vs);
}

/* Values to try when branching on slot s: a candidate each, or for a set its next member out/in. */
static int nvalues(const MCtx *c, int s) {
  return c->d->slot[s].kind == MS_SET ? 2 : c->d->slot[s].ncand;
}

/* Assigns value i to slot s (a set: to its first unassigned member); returns what to undo. */
static int assign(MCtx *c, int s, int i) {
  const MSlot *m = &c->d->slot[s];
  if (m->kind == MS_WHOLE) { c->slots[s] = m->cand[i]; c->cur[s] = (int16_t)i; return -1; }
  int k = 0;
  while (k < m->nmem && c->bits[s][k] >= 0) k++;
  c->bits[s][k] = (int8_t)i;
  set_slot_from_bits(c, s);
  return k;
}

static void unassign(MCtx *c, int s, int undo) {
  if (undo < 0) { c->slots[s] = val_unknown(); c->cur[s] = -1; return; }
  c->bits[s][undo] = -1;
  set_slot_from_bits(c, s);
}

static bool untouched(const MCtx *c, int s) {
  const MSlot *m = &c->d->slot[s];
  if (m->kind == MS_WHOLE) return c->cur[s] < 0;
  for (int i = 0; i < m->nmem; i++) if (c->bits[s][i] >= 0) return false;
  return true;
}

/* A set slot with every member assigned is known: no more branching on it. */
static bool fully_known(const MCtx *c, int s) {
  const MSlot *m = &c->d->slot[s];
  if (m->kind == MS_WHOLE) return c->cur[s] >= 0;
  for (int i = 0; i < m->nmem; i++) if (c->bits[s][i] < 0) return false;
  return true;
}

/* Saving and restoring the assignment of the atom's facts (step 2 starts where step 1 was). */
static void snapshot(MCtx *c, int16_t **cur, int8_t ***bits) {
  int ns = c->p->nslots;
  *cur = zan_alloc_atomic(sizeof(int16_t) * (size_t)(ns + 1));
  memcpy(*cur, c->cur, sizeof(int16_t) * (size_t)ns);
  *bits = ZAN_NEWN(int8_t *, ns + 1);
  for (int s = 0; s < ns; s++)
    if (c->d->slot[s].kind == MS_SET) {
      (*bits)[s] = zan_alloc_atomic((size_t)c->d->slot[s].nmem + 1);
      memcpy((*bits)[s], c->bits[s], (size_t)c->d->slot[s].nmem);
    }
}

static void restore(MCtx *c, const int16_t *cur, int8_t *const *bits) {
  for (int s = 0; s < c->p->nslots; s++) {
    const MSlot *m = &c->d->slot[s];
    if (m->kind == MS_WHOLE) {
      c->cur[s] = cur ? cur[s] : -1;
      c->slots[s] = c->cur[s] >= 0 ? m->cand[c->cur[s]] : val_unknown();
    } else if (m->kind == MS_SET) {
      if (bits) memcpy(c->bits[s], bits[s], (size_t)m->nmem); else memset(c->bits[s], -1, (size_t)m->nmem);
      set_slot_from_bits(c, s);
    }
  }
}

/* ---- one evaluation ---- */

static bool member_decided(Val v, int member) {
  if (v.kind != V_SET) return false;
  const ValSet *s = v.as.set;
  for (uint32_t i = 0; i < s->n; i++)
    if (s->items[i].kind == V_ENUM && s->items[i].as.e == member) return !(s->maybe && s->maybe[i]);
  return true;                                   /* not even possibly in */
}

/* Evaluates the atom's output under the current assignment: true when the atom is decided
 * (an evaluation error ends the branch too: nothing more to ask there). Past the search's
 * limit every node counts as decided and the answer is marked approximate. */
static bool eval_atom(MCtx *c) {
  if (c->evals >= c->limit) { c->over = true; return true; }
  c->evals++;
  c->res = eval_program_one(c->p, c->slots, c->as_of, c->lang, c->out, c->res);
  if (c->res->error) return true;
  const OutputResult *r = &c->res->outputs[c->out];
  if (r->decided) return true;
  return c->member >= 0 && member_decided(r->value, c->member);
}

/* The first fact the evaluation read that may be branched on (allowed, not yet fully known);
 * *left gets how many such facts it read. */
static int pick(MCtx *c, const uint64_t *allowed, int *left) {
  const OutputResult *r = &c->res->outputs[c->out];
  int first = -1;
  *left = 0;
  for (int i = 0; i < r->nneeds; i++) {
    int s = r->needs[i];
    if (bit_has(allowed, s) && !fully_known(c, s)) { if (first < 0) first = s; ++*left; }
    else if (c->d->slot[s].unsupported) bit_set(c->unsupported_needed, s);
  }
  return first;
}

/* ---- memo ---- */

static uint64_t mix(uint64_t h, uint64_t x) { h ^= x + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2); return h; }

static uint64_t val_hash(Val v) {
  uint64_t h = v.kind;
  switch (v.kind) {
  case V_BOOL: return mix(h, v.as.b);
  case V_INT: case V_DATE: case V_ENUM: return mix(h, (uint64_t)(v.kind == V_INT ? v.as.i : v.kind == V_DATE ? v.as.date : v.as.e));
  case V_SET:
    for (uint32_t i = 0; i < v.as.set->n; i++) h = mix(h, val_hash(v.as.set->items[i]));
    return h;
  default: return h;                           /* equal values still compare equal below */
  }
}

static bool block_closed(const MCtx *c, int b) {
  const OutputResult *r = &c->res->outputs[c->blocks[b]];
  return r->decided;
}

/* The state the rest of the search depends on: the atom's facts outside closed blocks, and
 * the values of the closed blocks. */
static Memo make_key(MCtx *c) {
  Memo k = {0};
  int nw = c->nw;
  uint64_t closed[nw];
  memset(closed, 0, sizeof closed);
  k.vals = ZAN_NEWN(Val, c->nblocks + 1);
  uint64_t h = 1469598103934665603ull;
  for (int b = 0; b < c->nblocks; b++) {
    if (!block_closed(c, b)) { h = mix(h, 0xff); continue; }
    for (int i = 0; i < nw; i++) closed[i] |= c->block_facts[(size_t)b * nw + i];
    k.vals[k.nvals] = c->res->outputs[c->blocks[b]].value;
    h = mix(h, (uint64_t)b);
    h = mix(h, val_hash(k.vals[k.nvals++]));
  }
  Buf key;
  buf_init(&key);
  for (int s = 0; s < c->p->nslots; s++) {
    if (!bit_has(c->rel, s) || bit_has(closed, s)) continue;
    const MSlot *m = &c->d->slot[s];
    if (m->kind == MS_WHOLE) { buf_push(&key, (char)(uint8_t)(c->cur[s] + 1)); }
    else for (int i = 0; i < m->nmem; i++) buf_push(&key, (char)(c->bits[s][i] + 1));
  }
  k.key = (uint8_t *)key.data;
  k.nkey = (uint32_t)key.len;
  for (uint32_t i = 0; i < k.nkey; i++) h = mix(h, k.key[i]);
  k.hash = h ? h : 1;
  return k;
}

static bool key_eq(const Memo *a, const Memo *b) {
  if (a->hash != b->hash || a->nkey != b->nkey || a->nvals != b->nvals) return false;
  if (a->nkey && memcmp(a->key, b->key, a->nkey) != 0) return false;
  for (int i = 0; i < a->nvals; i++) if (!val_eq(a->vals[i], b->vals[i])) return false;
  return true;
}

static Memo *memo_find(MCtx *c, const Memo *k) {
  if (!c->memo_cap) return NULL;
  for (uint64_t i = k->hash & (uint64_t)(c->memo_cap - 1);; i = (i + 1) & (uint64_t)(c->memo_cap - 1)) {
    Memo *e = &c->memo[i];
    if (!e->hash) return NULL;
    if (key_eq(e, k)) return e;
  }
}

static void memo_put(MCtx *c, const Memo *k) {
  if ((c->memo_n + 1) * 2 > c->memo_cap) {
    int cap = c->memo_cap ? c->memo_cap * 2 : 256;
    Memo *old = c->memo;
    int oldcap = c->memo_cap;
    c->memo = ZAN_NEWN(Memo, cap);
    c->memo_cap = cap;
    for (int i = 0; i < oldcap; i++)
      if (old[i].hash) {
        uint64_t j = old[i].hash & (uint64_t)(cap - 1);
        while (c->memo[j].hash) j = (j + 1) & (uint64_t)(cap - 1);
        c->memo[j] = old[i];
      }
  }
  uint64_t j = k->hash & (uint64_t)(c->memo_cap - 1);
  while (c->memo[j].hash) j = (j + 1) & (uint64_t)(c->memo_cap - 1);
  c->memo[j] = *k;
  c->memo_n++;
}

static void memo_reset(MCtx *c) { c->memo = NULL; c->memo_n = c->memo_cap = 0; }

/* ---- the search ---- */

/* Whether every assignment of the allowed facts decides the atom: branches on the first
 * allowed fact the evaluation read; stops at the first assignment that leaves the atom
 * undetermined with no allowed fact left to read. seen (step 1) collects the facts branched
 * on, and notes where each was first branched on. */
static bool settles(MCtx *c, const uint64_t *allowed, uint64_t *seen) {
  if (eval_atom(c)) return true;
  int left;
  int s = pick(c, allowed, &left);
  if (s < 0) return false;
  Memo k = make_key(c);
  Memo *hit = memo_find(c, &k);
  int nw = c->nw;
  if (hit) {
    if (seen) for (int i = 0; i < nw; i++) seen[i] |= hit->seen[i];
    return hit->ok;
  }
  if (seen) {
    if (left == 1 && untouched(c, s)) bit_set(c->single, s);
    if (!c->snap_cur[s] && untouched(c, s)) snapshot(c, &c->snap_cur[s], &c->snap_bits[s]);
  }
  k.seen = zan_alloc_atomic(sizeof(uint64_t) * (size_t)nw);
  bit_set(k.seen, s);
  bool ok = true;
  int n = nvalues(c, s);
  for (int i = 0; i < n && ok; i++) {
    int undo = assign(c, s, i);
    ok = settles(c, allowed, seen ? k.seen : NULL);
    unassign(c, s, undo);
  }
  k.ok = ok;
  memo_put(c, &k);
  if (seen) for (int i = 0; i < nw; i++) seen[i] |= k.seen[i];
  return ok;
}

/* One search from the given assignment (NULL: none), with its own memo and limit. */
static bool search(MCtx *c, const uint64_t *allowed, uint64_t *seen, const int16_t *cur, int8_t *const *bits,
                   unsigned long long limit) {
  restore(c, cur, bits);
  memo_reset(c);
  c->limit = c->evals + limit < c->budget ? c->evals + limit : c->budget;
  bool ok = settles(c, allowed, seen);
  restore(c, NULL, NULL);
  return ok;
}

/* ---- families of sets (bitsets over slots) ---- */

typedef struct Fam {
  int       n, cap;
  uint64_t *sets;            /* n bitsets of nw words */
} Fam;

static uint64_t *fam_at(const Fam *f, int nw, int i) { return f->sets + (size_t)i * nw; }

static bool subset_of(const uint64_t *a, const uint64_t *b, int nw) {
  for (int i = 0; i < nw; i++) if (a[i] & ~b[i]) return false;
  return true;
}

/* Adds set s unless a member of f is a subset of it; drops members that are supersets of it. */
static void fam_add_min(Fam *f, const uint64_t *s, int nw) {
  for (int i = 0; i < f->n; i++) if (subset_of(fam_at(f, nw, i), s, nw)) return;
  int k = 0;
  for (int i = 0; i < f->n; i++)
    if (!subset_of(s, fam_at(f, nw, i), nw)) {
      if (k != i) memcpy(fam_at(f, nw, k), fam_at(f, nw, i), sizeof(uint64_t) * (size_t)nw);
      k++;
    }
  f->n = k;
  if (f->n == f->cap) {
    int cap = f->cap ? f->cap * 2 : 4;
    uint64_t *ns = zan_alloc_atomic(sizeof(uint64_t) * (size_t)nw * (size_t)cap);
    if (f->n) memcpy(ns, f->sets, sizeof(uint64_t) * (size_t)nw * (size_t)f->n);
    f->sets = ns; f->cap = cap;
  }
  memcpy(fam_at(f, nw, f->n++), s, sizeof(uint64_t) * (size_t)nw);
}

enum { MAX_SETS = 64, MAX_EXTRA = 12 };

/* The minimal unions of one set of a and one of b. */
static Fam fam_product(const Fam *a, const Fam *b, int nw, bool *cut) {
  Fam r = {0};
  uint64_t u[nw];
  for (int i = 0; i < a->n; i++)
    for (int j = 0; j < b->n; j++) {
      for (int k = 0; k < nw; k++) u[k] = fam_at(a, nw, i)[k] | fam_at(b, nw, j)[k];
      fam_add_min(&r, u, nw);
      if (r.n >= MAX_SETS) { *cut = true; return r; }
    }
  return r;
}

/* ---- one atom ---- */

/* Evaluations one search may use: the first (all the atom's facts) and each minimality test. */
enum { LIMIT_TREE = 200000, LIMIT_TEST = 20000 };

/* The minimal settling sets of atom (o, member). An empty family: no set of askable facts
 * settles it. *approx is set when a search was cut short. */
static Fam atom_family(MCtx *c, int o, int member, bool *approx) {
  int nw = c->nw;
  Fam f = {0};
  c->out = o;
  c->member = member;
  uint64_t rel[nw], seen[nw], allowed[nw], ess[nw];
  bool cut = false;           /* a minimality test ran out of evaluations */
  mdomain_atom_facts(c->d, c->p, o, member, rel);
  for (int k = 0; k < nw; k++) { rel[k] &= c->d->askable[k]; seen[k] = 0; ess[k] = 0; }
  c->rel = rel;
  int blocks[c->p->noutputs + 1];
  c->blocks = blocks;
  c->nblocks = mdomain_atom_blocks(c->d, c->p, o, member, blocks);
  c->block_facts = zan_alloc_atomic(sizeof(uint64_t) * (size_t)nw * (size_t)(c->nblocks + 1));
  for (int b = 0; b < c->nblocks; b++)
    for (int k = 0; k < nw; k++) c->block_facts[(size_t)b * nw + k] = c->d->out_facts[(size_t)blocks[b] * nw + k] & rel[k];
  c->single = zan_alloc_atomic(sizeof(uint64_t) * (size_t)nw);
  c->snap_cur = ZAN_NEWN(int16_t *, c->p->nslots + 1);
  c->snap_bits = ZAN_NEWN(int8_t **, c->p->nslots + 1);
  bool was_over = c->over;
  c->over = false;
  if (!search(c, rel, seen, NULL, NULL, LIMIT_TREE)) goto done;
  if (c->over) {
    /* cut short: the facts branched on so far and those the evaluation reads at the start;
     * they are not proved to settle it, nor to be minimal */
    c->res = eval_program_one(c->p, c->slots, c->as_of, c->lang, o, c->res);
    const OutputResult *r = &c->res->outputs[o];
    for (int i = 0; !c->res->error && i < r->nneeds; i++)
      if (bit_has(rel, r->needs[i])) bit_set(seen, r->needs[i]);
    fam_add_min(&f, seen, nw);
    goto done;
  }
  /* 2: the essential facts: R minus f does not settle the atom. A fact found the only one left
   * to read is essential at once; else the search starts where f was first branched on (its
   * witness is usually near), then from the start. */
  for (int s = 0; s < c->p->nslots; s++) {
    if (!bit_has(seen, s)) continue;
    if (bit_has(c->single, s)) { bit_set(ess, s); continue; }
    memcpy(allowed, rel, sizeof allowed);
    bit_clear(allowed, s);
    /* a test cut short keeps the fact: the sets still settle, minimality is not proved */
    if ((c->snap_cur[s] && !search(c, allowed, NULL, c->snap_cur[s], c->snap_bits[s], LIMIT_TEST)) ||
        !search(c, allowed, NULL, NULL, NULL, LIMIT_TEST) || c->over) {
      bit_set(ess, s);
      if (c->over) { cut = true; c->over = false; }
    }
  }
  if (memcmp(ess, seen, sizeof ess) == 0) {
    fam_add_min(&f, ess, nw);
  } else {
    /* 3: E ∪ X for X ⊆ R' \ E, smallest first; supersets of a found set are skipped */
    int extra[MAX_EXTRA], nx = 0;
    /* X ranges over R \ E, not only R' \ E: a fact the first search never branched on (it was
     * decided before reaching it) may still settle the atom in another set; when R has too many
     * facts for that, over R' (every set found still settles; another may be missed) */
    const uint64_t *pool = rel;
    int nrel = 0;
    for (int s = 0; s < c->p->nslots; s++) nrel += bit_has(rel, s) && !bit_has(ess, s);
    if (nrel > MAX_EXTRA) pool = seen;
    for (int s = 0; s < c->p->nslots; s++)
      if (bit_has(pool, s) && !bit_has(ess, s)) {
        if (nx == MAX_EXTRA) { cut = true; fam_add_min(&f, seen, nw); goto done; }
        extra[nx++] = s;
      }
    for (int size = 0; size <= nx && f.n < MAX_SETS; size++)
      for (unsigned mask = 0; mask < (1u << nx); mask++) {
        if (__builtin_popcount(mask) != size) continue;
        uint64_t cand[nw];
        memcpy(cand, ess, sizeof cand);
        for (int i = 0; i < nx; i++) if (mask & (1u << i)) bit_set(cand, extra[i]);
        bool covered = false;
        for (int i = 0; i < f.n && !covered; i++) covered = subset_of(fam_at(&f, nw, i), cand, nw);
        if (covered) continue;
        bool ok = search(c, cand, NULL, NULL, NULL, LIMIT_TEST);
        if (c->over) { cut = true; c->over = false; continue; }   /* not proved: not listed */
        if (ok) fam_add_min(&f, cand, nw);
      }
    if (f.n == 0) fam_add_min(&f, seen, nw);     /* R' settles (step 1); only minimality is open */
  }
done:
  if (c->over || cut) *approx = true;
  c->over = was_over;
  return f;
}

/* ---- the whole computation ---- */

static int cmp_sets(const void *a, const void *b) {
  const MissingSet *x = a, *y = b;
  if (x->n != y->n) return x->n - y->n;
  for (int i = 0; i < x->n; i++) if (x->slots[i] != y->slots[i]) return x->slots[i] - y->slots[i];
  return 0;
}

static int *bits_to_slots(const uint64_t *b, int nslots, int *n) {
  int k = 0;
  for (int s = 0; s < nslots; s++) k += bit_has(b, s);
  int *v = zan_alloc_atomic(sizeof(int) * (size_t)k);
  k = 0;
  for (int s = 0; s < nslots; s++) if (bit_has(b, s)) v[k++] = s;
  *n = k;
  return v;
}

Missing *missing_compute(const Program *p, const Val *slots, ZDate as_of, Lang lang, const MissingOptions *opt) {
  Missing *m = ZAN_NEW(Missing);
  m->as_of = as_of;
  m->next = -1;
  Result *base = eval_program(p, slots, as_of, 0, lang);
  m->result = base;
  if (base->error) { m->error = base->error; return m; }

  MCtx c;
  memset(&c, 0, sizeof c);
  c.p = p; c.as_of = as_of; c.lang = lang;
  c.d = mdomain_build(p, slots, as_of, opt ? opt->never : NULL);
  int nw = c.nw = c.d->nwords;
  c.budget = opt && opt->budget ? opt->budget : MISSING_BUDGET;
  c.slots = ZAN_NEWN(Val, p->nslots);
  memcpy(c.slots, slots, sizeof(Val) * (size_t)p->nslots);
  c.cur = zan_alloc_atomic(sizeof(int16_t) * (size_t)(p->nslots + 1));
  memset(c.cur, -1, sizeof(int16_t) * (size_t)(p->nslots + 1));
  c.bits = ZAN_NEWN(int8_t *, p->nslots);
  for (int s = 0; s < p->nslots; s++)
    if (c.d->slot[s].kind == MS_SET) {
      c.bits[s] = zan_alloc_atomic((size_t)c.d->slot[s].nmem + 1);
      memset(c.bits[s], -1, (size_t)c.d->slot[s].nmem);
    }
  c.unsupported_needed = zan_alloc_atomic(sizeof(uint64_t) * (size_t)nw);
  uint64_t *in_sets = zan_alloc_atomic(sizeof(uint64_t) * (size_t)nw);
  int *count = zan_alloc_atomic(sizeof(int) * (size_t)(p->nslots + 1));

  m->outputs = ZAN_NEWN(MissingOutput, p->noutputs);
  for (int o = 0; o < p->noutputs; o++) {
    const OutputResult *R = &base->outputs[o];
    if (R->decided) continue;
    MissingOutput *mo = &m->outputs[m->noutputs++];
    mo->output = o;
    const Type *t = p->outputs[o].type;
    bool per_member = t && t->kind == T_SET && t->as.elem && t->as.elem->kind == T_ENUM && t->as.elem->as.en->n <= 64;
    Fam fam = {0};
    uint64_t empty[nw];
    memset(empty, 0, sizeof empty);
    fam_add_min(&fam, empty, nw);
    bool approx = false, cut = false;
    int nmem = per_member ? t->as.elem->as.en->n : 1;
    for (int k = 0; k < nmem && fam.n > 0; k++) {
      if (per_member && member_decided(R->value, k)) continue;
      Fam a = atom_family(&c, o, per_member ? k : -1, &approx);
      fam = fam_product(&fam, &a, nw, &cut);
    }
    if (cut) approx = true;
    mo->nsets = fam.n;
    mo->sets = ZAN_NEWN(MissingSet, fam.n);
    for (int i = 0; i < fam.n; i++) {
      const uint64_t *b = fam_at(&fam, nw, i);
      mo->sets[i].slots = bits_to_slots(b, p->nslots, &mo->sets[i].n);
      for (int k = 0; k < nw; k++) in_sets[k] |= b[k];
      for (int j = 0; j < mo->sets[i].n; j++) {
        count[mo->sets[i].slots[j]]++;
        if (c.d->slot[mo->sets[i].slots[j]].approx) approx = true;
      }
    }
    qsort(mo->sets, (size_t)mo->nsets, sizeof(MissingSet), cmp_sets);
    mo->approximate = approx;
  }

  m->questions = bits_to_slots(in_sets, p->nslots, &m->nquestions);
  int best = 0;
  for (int s = 0; s < p->nslots; s++)
    if (count[s] > best) { best = count[s]; m->next = s; }
  uint64_t *ap = zan_alloc_atomic(sizeof(uint64_t) * (size_t)nw);
  for (int s = 0; s < p->nslots; s++)
    if ((bit_has(in_sets, s) && c.d->slot[s].approx) || bit_has(c.unsupported_needed, s)) bit_set(ap, s);
  m->approx = bits_to_slots(ap, p->nslots, &m->napprox);
  m->evaluations = c.evals;
  return m;
}
