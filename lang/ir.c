/* ir.c — look-ups over a lowered Program (outputs by name, articles by id, facts by path),
 * for the CLI (--fail-on, --output), the fact readers and the renderers. */
#include <string.h>
#include "ir.h"

int ir_find_output(const Program *p, const char *name) {
  if (!p || !name) return -1;
  for (int i = 0; i < p->noutputs; i++) if (strcmp(p->outputs[i].name, name) == 0) return i;
  return -1;
}

int ir_find_article(const Program *p, const char *id) {
  if (!p || !id) return -1;
  for (int i = 0; i < p->narticles; i++) if (strcmp(p->articles[i].id, id) == 0) return i;
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
