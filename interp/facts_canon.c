/* facts_canon.c — the policy-free mode (`zan facts FILE`): any JSON or YAML document printed
 * back as canonical JSON (sorted keys, exact canonical numbers, NFC strings); and the format
 * choice and dispatch of facts_read. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "facts_impl.h"
#include "../lang/base/alloc.h"
#include "../lang/base/buf.h"

FactFormat facts_format_for(const char *path) {
  if (!path) return FMT_JSON;
  const char *dot = strrchr(path, '.');
  if (dot && (strcasecmp(dot, ".yaml") == 0 || strcasecmp(dot, ".yml") == 0)) return FMT_YAML;
  return FMT_JSON;
}

bool facts_read(const Program *p, const Source *src, FactFormat fmt, Val *slots, Diags *d) {
  int before = d->nerrors;   /* an unknown field under --strict is an error the readers go past */
  bool ok = fmt == FMT_YAML ? facts_read_yaml(p, src, slots, d) : facts_read_json(p, src, slots, d);
  return ok && d->nerrors == before;
}

/* ---- sorting an object's members ---- */

typedef struct Member { const char *key; uint32_t len; uint32_t idx; } Member;

/* By key bytes (a shorter prefix first), then by position, so equal keys stay in file order. */
static int member_cmp(const void *a, const void *b) {
  const Member *x = a, *y = b;
  uint32_t n = x->len < y->len ? x->len : y->len;
  int c = n ? memcmp(x->key, y->key, n) : 0;
  if (c) return c;
  if (x->len != y->len) return x->len < y->len ? -1 : 1;
  return x->idx < y->idx ? -1 : x->idx > y->idx;
}

void facts_tree_sort_object(FNode *obj, Diags *d, const char *path) {
  uint32_t n = obj->n;
  if (n < 2) return;
  Member *m = ZAN_NEWN(Member, n);
  for (uint32_t i = 0; i < n; i++) { m[i].key = obj->keys[i]; m[i].len = obj->klens[i]; m[i].idx = i; }
  qsort(m, n, sizeof *m, member_cmp);
  FNode **items = ZAN_NEWN(FNode *, n);
  const char **keys = ZAN_NEWN(const char *, n);
  uint32_t *klens = ZAN_NEWN(uint32_t, n);
  Loc *klocs = ZAN_NEWN(Loc, n);
  uint32_t k = 0;
  for (uint32_t i = 0; i < n; i++) {
    /* of a run of equal keys, only the last written is kept; each repeat is a warning */
    if (i + 1 < n && m[i + 1].len == m[i].len && (m[i].len == 0 || memcmp(m[i + 1].key, m[i].key, m[i].len) == 0)) {
      uint32_t later = m[i + 1].idx;
      const char *kp = m[i].len ? zan_strndup(m[i].key, m[i].len) : "";
      const char *full = path ? zan_sprintf("%s.%s", path, kp) : kp;
      Diag *w = diag_report_path(d, DIAG_WARNING, obj->klocs[later], full, W_FACTS_DUPLICATE_KEY, kp);
      if (w) diag_add_note(d, w, obj->klocs[m[i].idx], N_FACTS_FIRST_HERE);
      continue;
    }
    items[k] = obj->items[m[i].idx];
    keys[k] = m[i].key; klens[k] = m[i].len; klocs[k] = obj->klocs[m[i].idx];
    k++;
  }
  obj->items = items; obj->keys = keys; obj->klens = klens; obj->klocs = klocs; obj->n = k;
}

/* ---- printing ---- */

/* A JSON string with minimal escaping: only '"', '\' and control characters. */
void facts_json_string(Buf *out, const char *s, size_t n) { buf_json_string(out, s, n); }

static void canon_indent(Buf *out, int level) {
  buf_push(out, '\n');
  for (int i = 0; i < level; i++) buf_append(out, "  ", 2);
}

static void canon_node(Buf *out, const FNode *nd, bool pretty, int level) {
  switch (nd->kind) {
  case FN_NULL: buf_puts(out, "null"); return;
  case FN_BOOL: buf_puts(out, nd->b ? "true" : "false"); return;
  case FN_NUM:  buf_append(out, nd->s, nd->len); return;
  case FN_STR:  facts_json_string(out, nd->s, nd->len); return;
  case FN_ARR:
  case FN_OBJ: {
    bool obj = nd->kind == FN_OBJ;
    buf_push(out, obj ? '{' : '[');
    for (uint32_t i = 0; i < nd->n; i++) {
      if (i) buf_push(out, ',');
      if (pretty) canon_indent(out, level + 1);
      if (obj) {
        facts_json_string(out, nd->keys[i], nd->klens[i]);
        buf_append(out, pretty ? ": " : ":", pretty ? 2 : 1);
      }
      canon_node(out, nd->items[i], pretty, level + 1);
    }
    if (pretty && nd->n) canon_indent(out, level);
    buf_push(out, obj ? '}' : ']');
    return;
  }
  }
}

void facts_print_tree(const FNode *nd, bool pretty, Buf *out) { canon_node(out, nd, pretty, 0); }

bool facts_canonical(const Source *src, FactFormat fmt, bool pretty, Buf *out, Diags *d) {
  int before = d->nerrors;
  FNode *root = fmt == FMT_YAML ? facts_yaml_tree(src, d) : facts_json_tree(src, d);
  if (!root || d->nerrors > before) return false;
  facts_print_tree(root, pretty, out);
  return true;
}
