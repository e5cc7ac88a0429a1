/* value.c — run-time values: constructors, the total order used by sets, and rendering
 * as JSON (the decision output contract) and as human text. */
#include "value.h"
#include "base/alloc.h"
#include <stdlib.h>
#include <string.h>

Val val_dec(ZDecimal *d) { Val v; v.kind = V_DEC; v.as.d = d; return v; }
Val val_text(const char *s, uint32_t len) { Val v; v.kind = V_TEXT; v.as.t.s = s; v.as.t.len = len; return v; }
Val val_dur(ZDuration d) { Val v; v.kind = V_DUR; v.as.dur = d; return v; }
Val val_set(ValSet *s) { Val v; v.kind = V_SET; v.as.set = s; return v; }
Val val_list(ValList *l) { Val v; v.kind = V_LIST; v.as.list = l; return v; }
Val val_rec(ValRec *r) { Val v; v.kind = V_RECORD; v.as.rec = r; return v; }

/* ---- order ---- */

static int cmp_i64(int64_t a, int64_t b) { return a < b ? -1 : a > b; }

static int val_cmp_seq(const Val *a, uint32_t na, const Val *b, uint32_t nb) {
  uint32_t n = na < nb ? na : nb;
  for (uint32_t i = 0; i < n; i++) {
    int c = val_cmp(a[i], b[i]);
    if (c) return c;
  }
  return cmp_i64(na, nb);
}

int val_cmp(Val a, Val b) {
  if (a.kind != b.kind) {
    /* int and decimal mix by value; otherwise kinds never meet in one well-typed set */
    if (a.kind == V_INT && b.kind == V_DEC) return dec_cmp(dec_from_int(a.as.i), b.as.d);
    if (a.kind == V_DEC && b.kind == V_INT) return dec_cmp(a.as.d, dec_from_int(b.as.i));
    return a.kind < b.kind ? -1 : 1;   /* V_UNKNOWN is 0: sorts first */
  }
  switch ((ValKind)a.kind) {
  case V_UNKNOWN: return 0;
  case V_BOOL: return (int)a.as.b - (int)b.as.b;
  case V_INT: return cmp_i64(a.as.i, b.as.i);
  case V_DEC: return dec_cmp(a.as.d, b.as.d);
  case V_TEXT: {
    uint32_t n = a.as.t.len < b.as.t.len ? a.as.t.len : b.as.t.len;
    int c = n ? memcmp(a.as.t.s, b.as.t.s, n) : 0;
    if (c) return c < 0 ? -1 : 1;
    return cmp_i64(a.as.t.len, b.as.t.len);
  }
  case V_DATE: return cmp_i64(a.as.date, b.as.date);
  case V_DUR: return dur_cmp(a.as.dur, b.as.dur);
  case V_ENUM: return cmp_i64(a.as.e, b.as.e);
  case V_SET: {
    const ValSet *x = a.as.set, *y = b.as.set;
    int c = val_cmp_seq(x->items, x->n, y->items, y->n);
    if (c || (!x->maybe && !y->maybe)) return c;
    for (uint32_t i = 0; i < x->n; i++) {   /* same members: a certain member sorts before a possible one */
      int mx = x->maybe ? x->maybe[i] : 0, my = y->maybe ? y->maybe[i] : 0;
      if (mx != my) return mx < my ? -1 : 1;
    }
    return 0;
  }
  case V_LIST: return val_cmp_seq(a.as.list->items, a.as.list->n, b.as.list->items, b.as.list->n);
  case V_RECORD: return val_cmp_seq(a.as.rec->fields, a.as.rec->n, b.as.rec->fields, b.as.rec->n);
  }
  return 0;
}

bool val_eq(Val a, Val b) { return val_cmp(a, b) == 0; }

static int val_qsort_cmp(const void *x, const void *y) { return val_cmp(*(const Val *)x, *(const Val *)y); }

ValSet *valset_make(Val *items, uint32_t n) {
  /* one block: the set and its items after it (sets are never resized) */
  ValSet *s = zan_alloc(sizeof(ValSet) + sizeof(Val) * (n ? n : 1));
  s->items = (Val *)(s + 1);
  if (n) memcpy(s->items, items, sizeof(Val) * n);
  if (n > 16) qsort(s->items, n, sizeof(Val), val_qsort_cmp);
  else   /* small sets (most): insertion sort, no qsort call and no comparator through a pointer */
    for (uint32_t i = 1; i < n; i++) {
      Val x = s->items[i];
      uint32_t j = i;
      while (j > 0 && val_cmp(s->items[j - 1], x) > 0) { s->items[j] = s->items[j - 1]; j--; }
      s->items[j] = x;
    }
  uint32_t k = 0;
  for (uint32_t i = 0; i < n; i++)
    if (k == 0 || val_cmp(s->items[k - 1], s->items[i]) != 0) s->items[k++] = s->items[i];
  s->n = k;
  s->maybe = NULL;
  return s;
}

bool valset_is_partial(const ValSet *s) {
  if (!s->maybe) return false;
  for (uint32_t i = 0; i < s->n; i++) if (s->maybe[i]) return true;
  return false;
}

/* ---- rendering ---- */


static const Type *elem_type(const Type *t, TypeKind k) {
  return t && t->kind == k ? t->as.elem : NULL;
}

/* Rank of enum member i by name: from name_rank when filled, else counted here. */
static int enum_name_rank(const EnumType *e, int i) {
  if (e->name_rank) return e->name_rank[i];
  int r = 0;
  for (int j = 0; j < e->n; j++) if (strcmp(e->members[j].name, e->members[i].name) < 0) r++;
  return r;
}

static void val_render(Val v, const Type *type, Buf *out, bool json);

static void render_set(const ValSet *s, const Type *type, Buf *out, bool json) {
  const Type *et = elem_type(type, T_SET);
  uint32_t n = s->n;
  uint32_t small[16];
  uint32_t *order = n <= 16 ? small : zan_alloc_atomic(sizeof(uint32_t) * n);
  for (uint32_t i = 0; i < n; i++) order[i] = i;
  if (et && et->kind == T_ENUM) {
    /* sets of enums are output sorted by member name (PRODUCT.md), not declaration order */
    const EnumType *e = et->as.en;
    int rsmall[16];
    int *rank = n <= 16 ? rsmall : zan_alloc_atomic(sizeof(int) * n);
    for (uint32_t i = 0; i < n; i++) {
      int32_t m = s->items[i].kind == V_ENUM ? s->items[i].as.e : -1;
      rank[i] = m >= 0 && m < e->n ? enum_name_rank(e, m) : -1;
    }
    for (uint32_t i = 1; i < n; i++) {
      uint32_t x = order[i], j = i;
      while (j > 0 && rank[order[j - 1]] > rank[x]) { order[j] = order[j - 1]; j--; }
      order[j] = x;
    }
  }
  buf_push(out, json ? '[' : '{');
  for (uint32_t k = 0; k < n; k++) {
    if (k) { if (json) buf_push(out, ','); else buf_append(out, ", ", 2); }
    val_render(s->items[order[k]], et, out, json);
    if (!json && s->maybe && s->maybe[order[k]]) buf_push(out, '?');
  }
  buf_push(out, json ? ']' : '}');
}

static void render_dur_text(ZDuration d, Buf *out) {
  int parts = 0;
  const int32_t vals[3] = { d.years, d.months, d.days };
  const char *unit[3] = { "year", "month", "day" };
  for (int i = 0; i < 3; i++) {
    if (!vals[i]) continue;
    if (parts++) buf_puts(out, " + ");
    buf_printf(out, "%d %s%s", (int)vals[i], unit[i], vals[i] == 1 || vals[i] == -1 ? "" : "s");
  }
  if (!parts) buf_puts(out, "0 days");
}

static void val_render(Val v, const Type *type, Buf *out, bool json) {
  switch ((ValKind)v.kind) {
  case V_UNKNOWN: if (json) buf_append(out, "null", 4); else buf_append(out, "unknown", 7); break;
  case V_BOOL: if (v.as.b) buf_append(out, "true", 4); else buf_append(out, "false", 5); break;
  case V_INT: buf_printf(out, "%lld", (long long)v.as.i); break;
  case V_DEC: buf_puts(out, dec_to_string(v.as.d)); break;
  case V_TEXT: buf_json_string(out, v.as.t.s, v.as.t.len); break;
  case V_DATE: {
    char d[11];
    date_format(v.as.date, d);
    if (json) buf_push(out, '"');
    buf_puts(out, d);
    if (json) buf_push(out, '"');
    break;
  }
  case V_DUR:
    if (json) {
      char d[64];
      dur_iso(v.as.dur, d, sizeof d);
      buf_printf(out, "\"%s\"", d);
    } else {
      render_dur_text(v.as.dur, out);
    }
    break;
  case V_ENUM: {
    const EnumType *e = type && type->kind == T_ENUM ? type->as.en : NULL;
    if (e && v.as.e >= 0 && v.as.e < e->n) {
      if (json) buf_json_string(out, e->members[v.as.e].name, strlen(e->members[v.as.e].name));
      else buf_puts(out, e->members[v.as.e].name);
    } else {
      buf_printf(out, json ? "%d" : "#%d", (int)v.as.e);   /* no type at hand: the index */
    }
    break;
  }
  case V_SET: render_set(v.as.set, type, out, json); break;
  case V_LIST: {
    const Type *et = elem_type(type, T_LIST);
    buf_push(out, '[');
    for (uint32_t i = 0; i < v.as.list->n; i++) {
      if (i) buf_puts(out, json ? "," : ", ");
      val_render(v.as.list->items[i], et, out, json);
    }
    buf_push(out, ']');
    break;
  }
  case V_RECORD: {
    const RecordType *rt = type && type->kind == T_RECORD ? type->as.rec : NULL;
    buf_push(out, '{');
    for (uint32_t i = 0; i < v.as.rec->n; i++) {
      if (i) buf_puts(out, json ? "," : ", ");
      const char *name = rt && (int)i < rt->n ? rt->fields[i].name : NULL;
      if (json) {
        if (name) buf_json_string(out, name, strlen(name));
        else buf_printf(out, "\"_%u\"", i);
        buf_push(out, ':');
      } else {
        if (name) buf_printf(out, "%s: ", name);
        else buf_printf(out, "_%u: ", i);
      }
      val_render(v.as.rec->fields[i], rt && (int)i < rt->n ? rt->fields[i].type : NULL, out, json);
    }
    buf_push(out, '}');
    break;
  }
  }
}

void val_to_json(Val v, const Type *type, Buf *out) { val_render(v, type, out, true); }
void val_to_text(Val v, const Type *type, Buf *out) { val_render(v, type, out, false); }
