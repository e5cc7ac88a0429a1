/* ir.c — the one walker over IR expressions, and look-ups over a lowered Program (outputs by
 * name, facts by path), for lowering, the CLI (--fail-on, --output), readers and renderers. */
#include <string.h>
#include "ir.h"
#include "ast.h"
#include "base/alloc.h"

/* Pre-order: e, then its operands left to right; a match arm shared by several members once.
 * Does not enter the bodies of called functions (the callback follows X_CALL if it needs to). */
void ir_walk(const IrExpr *e, void (*f)(const IrExpr *, void *), void *ctx) {
  if (!e) return;
  f(e, ctx);
  switch (e->op) {
  case X_NOT: case X_NEG: case X_TODEC: ir_walk(e->as.un, f, ctx); break;
  case X_AND: case X_OR: case X_EQ: case X_NE: case X_LT: case X_LE: case X_GT: case X_GE:
  case X_IN: case X_CONTAINS: case X_SUBSET: case X_INTERSECTS: case X_ADD: case X_SUB: case X_MUL: case X_DIV:
    ir_walk(e->as.bin.l, f, ctx); ir_walk(e->as.bin.r, f, ctx); break;
  case X_IF:
    ir_walk(e->as.cond.c, f, ctx); ir_walk(e->as.cond.t, f, ctx); ir_walk(e->as.cond.e, f, ctx);
    break;
  case X_MATCH:
    ir_walk(e->as.match.scrutinee, f, ctx);
    for (int i = 0; i < e->as.match.n; i++) {
      /* arms shared by several members are walked once */
      bool seen = false;
      for (int j = 0; j < i; j++)
        if (e->as.match.arm_of_member[j] == e->as.match.arm_of_member[i]) seen = true;
      if (!seen) ir_walk(e->as.match.arm_of_member[i], f, ctx);
    }
    break;
  case X_ANY: case X_ALL:
    ir_walk(e->as.quant.coll, f, ctx); ir_walk(e->as.quant.body, f, ctx);
    break;
  case X_SET: case X_LIST: case X_RECORD:
    for (int i = 0; i < e->as.items.n; i++) ir_walk(e->as.items.items[i], f, ctx);
    break;
  case X_FIELD: ir_walk(e->as.field.rec, f, ctx); break;
  case X_CALL: for (int i = 0; i < e->as.call.n; i++) ir_walk(e->as.call.args[i], f, ctx); break;
  case X_BUILTIN:
    for (int i = 0; i < e->as.builtin.n; i++) ir_walk(e->as.builtin.args[i], f, ctx);
    break;
  default: break;
  }
}

static uint32_t name_hash(const char *s, size_t n) {     /* FNV-1a */
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++) { h ^= (unsigned char)s[i]; h *= 16777619u; }
  return h;
}

void ir_index_outputs(Program *p) {
  uint32_t size = 8;
  while (size < (uint32_t)p->noutputs * 2 + 2) size *= 2;   /* at most half full */
  int32_t *tab = zan_alloc_atomic(sizeof(int32_t) * size);
  for (int i = 0; i < p->noutputs; i++) {
    const char *n = p->outputs[i].name;
    if (!n) continue;
    uint32_t h = name_hash(n, strlen(n)) & (size - 1);
    while (tab[h]) h = (h + 1) & (size - 1);
    tab[h] = i + 1;
  }
  p->out_tab = tab;
  p->out_mask = size - 1;
}

int ir_find_output_n(const Program *p, const char *name, size_t n) {
  if (!p || !name) return -1;
  if (!p->out_tab) {                 /* a Program built by hand (tests): scan */
    for (int i = 0; i < p->noutputs; i++)
      if (p->outputs[i].name && strlen(p->outputs[i].name) == n && memcmp(p->outputs[i].name, name, n) == 0) return i;
    return -1;
  }
  for (uint32_t h = name_hash(name, n) & p->out_mask; p->out_tab[h]; h = (h + 1) & p->out_mask) {
    int i = p->out_tab[h] - 1;       /* the first of equal names, as the scan finds */
    if (strlen(p->outputs[i].name) == n && memcmp(p->outputs[i].name, name, n) == 0) return i;
  }
  return -1;
}

int ir_find_output(const Program *p, const char *name) {
  return name ? ir_find_output_n(p, name, strlen(name)) : -1;
}

int ir_article_item(const IrArticle *a, const char *lang) {
  if (!a || !a->text || !lang) return -1;
  for (int i = 0; i < a->text->n; i++)
    if (a->text->items[i].lang.text && strcmp(a->text->items[i].lang.text, lang) == 0) return i;
  return -1;
}

const IrFact *ir_find_fact(const Program *p, const char *path, size_t n, bool by_name) {
  const IrFact *g = p && path ? p->facts : NULL;
  size_t i = 0;
  while (g && i < n) {
    size_t j = i;
    while (j < n && path[j] != '.') j++;
    size_t len = j - i;
    const IrFact *next = NULL;
    for (int k = 0; k < g->n && !next; k++) {
      const IrFact *ch = g->children[k];
      if ((ch->key && strlen(ch->key) == len && memcmp(ch->key, path + i, len) == 0) ||
          (by_name && ch->name && strlen(ch->name) == len && memcmp(ch->name, path + i, len) == 0))
        next = ch;
    }
    g = next;
    i = j + 1;
  }
  return g;
}

void ir_index_facts(IrFact *g) {
  if (!g || g->slot >= 0 || g->type) return;
  for (int i = 0; i < g->n; i++) ir_index_facts(g->children[i]);
  uint32_t size = 8;
  while (size < (uint32_t)g->n * 2 + 2) size *= 2;   /* at most half full: short probes */
  uint32_t *lens = zan_alloc_atomic(sizeof(uint32_t) * (size_t)g->n);
  int32_t *tab = zan_alloc_atomic(sizeof(int32_t) * size);
  for (int i = 0; i < g->n; i++) {
    const char *k = g->children[i]->key ? g->children[i]->key : g->children[i]->name;
    if (!k) k = "";   /* as facts_child reads it */
    lens[i] = (uint32_t)strlen(k);
    uint32_t h = ir_key_hash(k, lens[i]) & (size - 1);
    while (tab[h]) h = (h + 1) & (size - 1);
    tab[h] = i + 1;
  }
  g->key_lens = lens;
  g->key_mask = size - 1;
  g->key_tab = tab;
}
