/* eval_set.c — three-valued equality and membership over partial sets (members certainly in
 * or only possibly in, LANGUAGE.md §4), lists and records; building sets from members. */
#include <stdlib.h>
#include <string.h>
#include "eval_impl.h"
#include "../lang/base/alloc.h"

/* Position of x in the sorted items of s, or -1. Sets are sorted by val_cmp (value.h). */
static int set_find(const ValSet *s, Val x) {
  int lo = 0, hi = (int)s->n - 1;
  while (lo <= hi) {
    int mid = lo + (hi - lo) / 2;
    int c = val_cmp(s->items[mid], x);
    if (c == 0) return mid;
    if (c < 0) lo = mid + 1; else hi = mid - 1;
  }
  return -1;
}

static inline bool is_maybe(const ValSet *s, uint32_t i) { return s->maybe && s->maybe[i]; }

/* Equality of two partial sets: false as soon as a member is certainly in one and not
 * possibly in the other; true only when both are certain and equal; else unknown. */
static Tri set_eq3(const ValSet *a, const ValSet *b) {
  Tri r = TRI_T;
  uint32_t i = 0, j = 0;
  while (i < a->n || j < b->n) {
    int c = i >= a->n ? 1 : j >= b->n ? -1 : val_cmp(a->items[i], b->items[j]);
    if (c < 0) {                       /* only in a */
      if (!is_maybe(a, i)) return TRI_F;
      r = TRI_U; i++;
    } else if (c > 0) {                /* only in b */
      if (!is_maybe(b, j)) return TRI_F;
      r = TRI_U; j++;
    } else {
      if (is_maybe(a, i) || is_maybe(b, j)) r = TRI_U;
      i++; j++;
    }
  }
  return r;
}

bool eval_record_known(const ValRec *r) {
  for (uint32_t i = 0; i < r->n; i++)
    if (!eval_known(r->fields[i])) return false;
  return true;
}

/* a = b: unknown when a side is unknown; sets, lists and records member by member. */
Tri eval_eq3(Val a, Val b) {
  if (a.kind == V_UNKNOWN || b.kind == V_UNKNOWN) return TRI_U;
  switch (a.kind) {
  case V_SET:
    if (b.kind != V_SET) return TRI_F;
    return set_eq3(a.as.set, b.as.set);
  case V_LIST: {
    if (b.kind != V_LIST) return TRI_F;
    if (a.as.list->n != b.as.list->n) return TRI_F;
    Tri r = TRI_T;
    for (uint32_t i = 0; i < a.as.list->n && r != TRI_F; i++)
      r = tri_and(r, eval_eq3(a.as.list->items[i], b.as.list->items[i]));
    return r;
  }
  case V_RECORD: {
    if (b.kind != V_RECORD || a.as.rec->n != b.as.rec->n) return TRI_F;
    Tri r = TRI_T;
    for (uint32_t i = 0; i < a.as.rec->n && r != TRI_F; i++)
      r = tri_and(r, eval_eq3(a.as.rec->fields[i], b.as.rec->fields[i]));
    return r;
  }
  default:
    return val_eq(a, b) ? TRI_T : TRI_F;
  }
}

/* x in coll: never in {}; a possible member of a partial set, or an unknown x, is unknown. */
Tri eval_in3(Val x, Val coll) {
  if (coll.kind == V_SET) {
    const ValSet *s = coll.as.set;
    if (s->n == 0) return TRI_F;               /* nothing is in {}, even an unknown */
    if (x.kind == V_UNKNOWN) return TRI_U;
    int i = set_find(s, x);
    if (i < 0) return TRI_F;
    return is_maybe(s, (uint32_t)i) ? TRI_U : TRI_T;
  }
  if (coll.kind == V_LIST) {
    const ValList *l = coll.as.list;
    Tri r = TRI_F;
    for (uint32_t i = 0; i < l->n; i++) {
      r = tri_or(r, eval_eq3(x, l->items[i]));
      if (r == TRI_T) break;
    }
    return r;
  }
  return TRI_U;
}

/* sup contains sub (X_SUBSET): every certain member of sub in sup; {} is in everything. */
Tri eval_subset3(Val sup, Val sub) {
  if (sub.kind == V_SET && sub.as.set->n == 0) return TRI_T;
  if (sup.kind == V_UNKNOWN || sub.kind == V_UNKNOWN) return TRI_U;
  Tri r = TRI_T;
  if (sub.kind == V_SET) {
    const ValSet *s = sub.as.set;
    for (uint32_t i = 0; i < s->n; i++) {
      Tri m = eval_in3(s->items[i], sup);
      if (!is_maybe(s, i)) {
        if (m == TRI_F) return TRI_F;
        if (m == TRI_U) r = TRI_U;
      } else if (m != TRI_T) {
        r = TRI_U;                             /* it may be absent from sub, or present and missing */
      }
    }
  } else if (sub.kind == V_LIST) {
    for (uint32_t i = 0; i < sub.as.list->n; i++) {
      r = tri_and(r, eval_in3(sub.as.list->items[i], sup));
      if (r == TRI_F) return r;
    }
  }
  return r;
}

/* a intersects b: a common member; certain only when certain in both, never with {}. */
Tri eval_intersects3(Val a, Val b) {
  if ((a.kind == V_SET && a.as.set->n == 0) || (b.kind == V_SET && b.as.set->n == 0)) return TRI_F;
  if (a.kind == V_UNKNOWN || b.kind == V_UNKNOWN) return TRI_U;
  if (a.kind != V_SET || b.kind != V_SET) {
    /* lists: any member of a in b */
    Val l = a.kind == V_LIST ? a : b, o = a.kind == V_LIST ? b : a;
    if (l.kind != V_LIST) return TRI_U;
    Tri r = TRI_F;
    for (uint32_t i = 0; i < l.as.list->n && r != TRI_T; i++) r = tri_or(r, eval_in3(l.as.list->items[i], o));
    return r;
  }
  const ValSet *x = a.as.set, *y = b.as.set;
  Tri r = TRI_F;
  uint32_t i = 0, j = 0;
  while (i < x->n && j < y->n) {
    int c = val_cmp(x->items[i], y->items[j]);
    if (c < 0) i++;
    else if (c > 0) j++;
    else {
      if (!is_maybe(x, i) && !is_maybe(y, j)) return TRI_T;
      r = TRI_U; i++; j++;
    }
  }
  return r;
}

typedef struct Mem { Val v; uint8_t certain; } Mem;
static int mem_cmp(const void *a, const void *b) {
  return val_cmp(((const Mem *)a)->v, ((const Mem *)b)->v);
}

ValSet *eval_set_build(Val *items, uint8_t *certain, uint32_t n) {
  ValSet *s = ZAN_NEW(ValSet);
  if (n == 0) { s->items = NULL; s->n = 0; return s; }
  Mem *m = ZAN_NEWN(Mem, n);
  for (uint32_t i = 0; i < n; i++) { m[i].v = items[i]; m[i].certain = certain ? certain[i] : 1; }
  if (n > 1) qsort(m, n, sizeof *m, mem_cmp);
  uint32_t k = 0;
  for (uint32_t i = 0; i < n; i++) {
    if (k > 0 && val_cmp(m[k - 1].v, m[i].v) == 0) { m[k - 1].certain |= m[i].certain; continue; }
    m[k++] = m[i];
  }
  s->n = k;
  s->items = ZAN_NEWN(Val, k);
  bool partial = false;
  for (uint32_t i = 0; i < k; i++) { s->items[i] = m[i].v; if (!m[i].certain) partial = true; }
  if (partial) {
    s->maybe = zan_alloc_atomic(k);
    for (uint32_t i = 0; i < k; i++) s->maybe[i] = !m[i].certain;
  }
  return s;
}
