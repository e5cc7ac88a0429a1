/* facts_common.c — helpers the JSON and YAML fact readers share: type names and shortened
 * values for messages, child lookup in a fact group, clearing a group, finding a repeat in a set. */
#include <stdlib.h>
#include <string.h>
#include "facts_impl.h"
#include "../lang/base/alloc.h"
#include "../lang/base/buf.h"
#include "../lang/check.h"   /* check_edit_distance, check_is_typo: the "did you mean" of names */

/* The name a message gives a declared type: the words of the language ("set of Practice"). */
const char *facts_type_name(const Type *t) {
  switch (t ? t->kind : T_ERROR) {
  case T_BOOL:   return "bool";
  case T_INT:    return "int";
  case T_DEC:    return "decimal";
  case T_TEXT:   return "text";
  case T_DATE:   return "date";
  case T_DUR:    return "duration";
  case T_ENUM:   return t->as.en && t->as.en->name ? t->as.en->name : "enum";
  case T_SET:    return zan_sprintf("set of %s", facts_type_name(t->as.elem));
  case T_LIST:   return zan_sprintf("list of %s", facts_type_name(t->as.elem));
  case T_RECORD: return t->as.rec && t->as.rec->name ? t->as.rec->name : "record";
  default:       return "value";
  }
}

const char *facts_enum_members(const EnumType *e) {
  Buf b; buf_init(&b);
  for (int i = 0; i < e->n; i++) {
    if (i) buf_puts(&b, ", ");
    buf_puts(&b, e->members[i].name);
  }
  return buf_cstr(&b);
}

/* Groups are small (a handful of keys), so a linear scan is cheapest; fact files usually
 * list keys in declaration order, so the scan starts after the last match (*hint). */
static inline const char *facts_key_of(const IrFact *c) { return c->key ? c->key : c->name ? c->name : ""; }

/* n bytes equal (both have n): keys are short, a libc memcmp call costs more than this */
static inline bool key_eq(const char *a, const char *b, size_t n) {
  if (n >= 8) {   /* words, the last one overlapping the one before */
    uint64_t x, y;
    for (size_t i = 0; i + 8 < n; i += 8) {
      memcpy(&x, a + i, 8); memcpy(&y, b + i, 8);
      if (x != y) return false;
    }
    memcpy(&x, a + n - 8, 8); memcpy(&y, b + n - 8, 8);
    return x == y;
  }
  if (n >= 4) {
    uint32_t x, y, u, v;
    memcpy(&x, a, 4); memcpy(&y, b, 4); memcpy(&u, a + n - 4, 4); memcpy(&v, b + n - 4, 4);
    return x == y && u == v;
  }
  while (n--) if (*a++ != *b++) return false;
  return true;
}

const IrFact *facts_child(const IrFact *g, const char *key, size_t len, int *hint) {
  int n = g->n, start = (hint && *hint >= 0 && *hint < n) ? *hint : 0;
  if (g->key_tab) {   /* the index of ir_index_facts: the hinted child, else one hash probe */
    const uint32_t *lens = g->key_lens;
    if (start < n && lens[start] == len && key_eq(facts_key_of(g->children[start]), key, len)) {
      if (hint) *hint = start + 1;
      return g->children[start];
    }
    for (uint32_t h = ir_key_hash(key, len) & g->key_mask; g->key_tab[h]; h = (h + 1) & g->key_mask) {
      int i = g->key_tab[h] - 1;
      if (lens[i] == len && key_eq(facts_key_of(g->children[i]), key, len)) {
        if (hint) *hint = i + 1;
        return g->children[i];
      }
    }
    return NULL;
  }
  for (int k = 0; k < n; k++) {
    int i = start + k; if (i >= n) i -= n;
    const IrFact *c = g->children[i];
    const char *ck = c->key ? c->key : c->name;
    if (!ck) continue;
    /* compare without strlen: stop at ck's end; a NUL inside key never matches */
    size_t j = 0;
    while (j < len && ck[j] && ck[j] == key[j]) j++;
    if (j == len && ck[len] == 0) {
      if (hint) *hint = i + 1;
      return c;
    }
  }
  return NULL;
}

void facts_clear_group(const IrFact *g, Val *slots) {
  for (int i = 0; i < g->n; i++) {
    const IrFact *c = g->children[i];
    if (c->type) { if (c->slot >= 0) slots[c->slot] = val_unknown(); }
    else facts_clear_group(c, slots);
  }
}

/* Small sets are compared pairwise; larger ones are sorted with their indices (a pairwise
 * search of 100 000 items with one repeat took minutes). The answer is the same either way:
 * the smallest i with an equal item before it, and the first such item. */
typedef struct Indexed { Val v; uint32_t i; } Indexed;
static int indexed_cmp(const void *a, const void *b) {
  const Indexed *x = a, *y = b;
  int c = val_cmp(x->v, y->v);
  return c ? c : (x->i > y->i) - (x->i < y->i);
}
int facts_find_repeat(const Val *items, uint32_t n, int *first) {
  if (n <= 32) {
    for (uint32_t i = 1; i < n; i++)
      for (uint32_t j = 0; j < i; j++)
        if (val_eq(items[i], items[j])) { if (first) *first = (int)j; return (int)i; }
    return -1;
  }
  Indexed *s = zan_alloc_atomic(sizeof(Indexed) * n);
  for (uint32_t i = 0; i < n; i++) { s[i].v = items[i]; s[i].i = i; }
  qsort(s, n, sizeof *s, indexed_cmp);
  int best = -1, best_first = -1;
  for (uint32_t k = 1; k < n; k++)   /* in a run of equal items the first two indices count */
    if (val_eq(s[k].v, s[k - 1].v) && (k < 2 || !val_eq(s[k - 1].v, s[k - 2].v)) &&
        (best < 0 || (int)s[k].i < best)) { best = (int)s[k].i; best_first = (int)s[k - 1].i; }
  if (best >= 0 && first) *first = best_first;
  return best;
}

const char *facts_path_text(const FactsPathSeg *segs, int n) {
  if (n == 0) return NULL;
  Buf b; buf_init(&b);
  for (int i = 0; i < n; i++) {
    /* a path hundreds of levels deep is shown by its ends */
    if (n > 24 && i == 8) { buf_puts(&b, "…"); i = n - 9; continue; }
    if (segs[i].key) { if (b.len) buf_push(&b, '.'); buf_append(&b, segs[i].key, segs[i].len); }
    else buf_printf(&b, "[%d]", segs[i].index);
  }
  return buf_cstr(&b);
}

MsgId facts_date_error(const char *s, size_t n) {
  bool shape = n == 10 && s[4] == '-' && s[7] == '-';
  for (size_t i = 0; shape && i < 10; i++) if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9')) shape = false;
  return shape ? E_FACTS_BAD_DATE : E_FACTS_DATE_FORM;
}

const char *facts_short(const char *s, size_t n) {
  const char *q = facts_quote_short(s, n);
  return zan_strndup(q + 1, strlen(q) - 2);
}

const char *facts_quote_short(const char *s, size_t n) {
  enum { MAXB = 40 };
  size_t k = n;
  bool cut = false;
  if (k > MAXB) {   /* cut on a code point boundary */
    k = MAXB;
    while (k > 0 && ((unsigned char)s[k] & 0xC0) == 0x80) k--;
    cut = true;
  }
  Buf b; buf_init(&b);
  buf_push(&b, '"');
  for (size_t i = 0; i < k; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '"' || c == '\\') { buf_push(&b, '\\'); buf_push(&b, (char)c); }
    else if (c < 0x20 || c == 0x7f) buf_printf(&b, "\\u%04x", c);
    else buf_push(&b, (char)c);
  }
  if (cut) buf_puts(&b, "…");
  buf_push(&b, '"');
  return buf_cstr(&b);
}

/* The declared key of group g closest to key (a typo of it), or NULL. */
static const char *closest_key(const IrFact *g, const char *key) {
  const char *best = NULL;
  int bestd = 99;
  for (int i = 0; i < g->n; i++) {
    const char *ck = facts_key_of(g->children[i]);
    int dd = check_edit_distance(key, ck);
    if (dd < bestd) { bestd = dd; best = ck; }
  }
  return best && check_is_typo(bestd, strlen(key)) ? best : NULL;
}

void facts_unknown_field(Diags *d, Loc at, const char *path, const IrFact *g, const char *key) {
  const char *near = g ? closest_key(g, key) : NULL;
  DiagLevel lvl = d->facts_strict ? DIAG_ERROR : DIAG_WARNING;
  if (d->facts_strict) {
    if (near) diag_report_path(d, lvl, at, path, E_FACTS_UNKNOWN_FIELD_HINT, key, near);
    else diag_report_path(d, lvl, at, path, E_FACTS_UNKNOWN_FIELD, key);
  } else {
    if (near) diag_report_path(d, lvl, at, path, W_FACTS_UNKNOWN_FIELD_HINT, key, near);
    else diag_report_path(d, lvl, at, path, W_FACTS_UNKNOWN_FIELD, key);
  }
}
