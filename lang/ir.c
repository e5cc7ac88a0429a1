/* ir.c — look-ups over a lowered Program (outputs by name, articles by id, facts by path),
 * for the CLI (--fail-on, --output), the fact readers and the renderers. */
#include <string.h>
#include "ir.h"
#include "ast.h"
#include "base/alloc.h"

int ir_find_output(const Program *p, const char *name) {
  if (!p || !name) return -1;
  for (int i = 0; i < p->noutputs; i++) if (strcmp(p->outputs[i].name, name) == 0) return i;
  return -1;
}

int ir_article_item(const IrArticle *a, const char *lang) {
  if (!a || !a->text || !lang) return -1;
  for (int i = 0; i < a->text->n; i++)
    if (a->text->items[i].lang.text && strcmp(a->text->items[i].lang.text, lang) == 0) return i;
  return -1;
}

/* Dotted path by keys from the fact file's root ("" is the root itself). */
const IrFact *ir_find_fact_path(const Program *p, const char *path) {
  if (!p || !p->facts || !path) return NULL;
  const IrFact *f = p->facts;
  const char *s = path;
  if (!*s) return f;
  while (*s) {
    const char *dot = strchr(s, '.');
    size_t len = dot ? (size_t)(dot - s) : strlen(s);
    const IrFact *next = NULL;
    for (int i = 0; i < f->n; i++)
      if (strlen(f->children[i]->key) == len && memcmp(f->children[i]->key, s, len) == 0) { next = f->children[i]; break; }
    if (!next) return NULL;
    f = next;
    if (!dot) break;
    s = dot + 1;
    if (f->slot >= 0 && *s) return NULL;
  }
  return f;
}

void ir_index_facts(IrFact *g) {
  if (!g || g->slot >= 0 || g->type) return;
  for (int i = 0; i < g->n; i++) ir_index_facts(g->children[i]);
  uint32_t size = 8;
  while (size < (uint32_t)g->n * 2 + 2) size *= 2;   /* at most half full: short probes */
  uint32_t *lens = zan_alloc_atomic(sizeof(uint32_t) * (size_t)(g->n > 0 ? g->n : 1));
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
