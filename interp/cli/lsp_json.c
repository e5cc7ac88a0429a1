/* lsp_json.c — the server's JSON: messages are read with the fact reader's generic tree
 * (facts_json_tree: strict, located errors, size limits) and written with the one escaper. */
#include <string.h>
#include <stdlib.h>
#include "lsp.h"
#include "../../lang/base/alloc.h"

const FNode *lj_get(const FNode *obj, const char *key) {
  if (!obj || obj->kind != FN_OBJ) return NULL;
  size_t n = strlen(key);
  for (uint32_t i = 0; i < obj->n; i++)
    if (obj->klens[i] == n && memcmp(obj->keys[i], key, n) == 0) return obj->items[i];
  return NULL;
}

const FNode *lj_path(const FNode *obj, const char *dotted) {
  const char *p = dotted;
  while (obj && *p) {
    const char *dot = strchr(p, '.');
    size_t n = dot ? (size_t)(dot - p) : strlen(p);
    char key[64];
    if (n >= sizeof key) return NULL;
    memcpy(key, p, n); key[n] = 0;
    obj = lj_get(obj, key);
    p += n + (dot ? 1 : 0);
  }
  return obj;
}

const char *lj_str(const FNode *obj, const char *dotted) {
  const FNode *v = lj_path(obj, dotted);
  return v && v->kind == FN_STR ? zan_strndup(v->s, v->len) : NULL;   /* (s may point into the message) */
}

bool lj_long(const FNode *obj, const char *dotted, long *out) {
  const FNode *v = lj_path(obj, dotted);
  if (!v || v->kind != FN_NUM) return false;
  char *end, *num = zan_strndup(v->s, v->len);
  long x = strtol(num, &end, 10);
  if (*end || x < 0 || x > 0x7fffffffL) return false;   /* positions and versions: non-negative int */
  *out = x;
  return true;
}

bool lj_bool(const FNode *obj, const char *dotted) {
  const FNode *v = lj_path(obj, dotted);
  return v && v->kind == FN_BOOL && v->b;
}

void lj_string(Buf *b, const char *s) { buf_json_string(b, s ? s : "", s ? strlen(s) : 0); }

char *lj_quote(const char *s) {
  Buf b; buf_init(&b);
  lj_string(&b, s);
  return buf_cstr(&b);
}
