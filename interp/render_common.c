/* render_common.c — what the JSON and text renderers share beyond strings: article citations
 * and statuses, the outputs a rule reads, the rules of an output. */
#include <string.h>
#include "render.h"
#include "render_impl.h"
#include "../lang/base/alloc.h"
#include "../lang/graph.h"

bool render_article_citation_has_title(const Program *p, int article, Lang lang) {
  const IrArticle *a = &p->articles[article];
  /* an id with no number after its act's prefix: the act alone is vague, the title is added */
  const char *colon = a->id ? strchr(a->id, ':') : NULL;
  return colon && !(colon[1] >= '0' && colon[1] <= '9') && texts_pick(a->title, lang);
}

const char *render_article_citation(const Program *p, int article, Lang lang) {
  const IrArticle *a = &p->articles[article];
  const char *c = cite_format(a->id, lang);
  if (render_article_citation_has_title(p, article, lang))
    return zan_sprintf("%s, «%s»", c, texts_pick(a->title, lang));
  return c;
}

const char *render_article_text(const Program *p, int article, Lang lang, ArticleStatus *status, const char **source) {
  const IrArticle *a = &p->articles[article];
  int i = texts_pick_item(a->text, lang);
  *status = i >= 0 && a->text_status ? a->text_status[i] : a->status;
  *source = i >= 0 && a->text_source ? a->text_source[i] : a->source;
  return i >= 0 ? texts_pick(a->text, lang) : NULL;
}

const char *render_citation(const Program *p, const IrRule *rule, Lang lang) {
  Buf b; buf_init(&b);
  for (int i = 0; i < rule->ncites; i++) {
    if (i) buf_puts(&b, "; ");
    buf_puts(&b, render_article_citation(p, rule->cites[i], lang));
  }
  return buf_cstr(&b);
}

const char *render_article_status(ArticleStatus s) {
  switch (s) {
  case ST_OFFICIAL: return "official";
  case ST_UNOFFICIAL_TRANSLATION: return "unofficial_translation";
  default: return "summary";
  }
}

/* ---- the outputs a rule reads ---- */
/* Short lists, not arrays as long as all outputs and functions: an explanation asks this for
 * every rule it shows, and a policy may have tens of thousands of outputs. */
typedef struct IntList { int *v; int n, cap; } IntList;

static bool list_has(const IntList *l, int x) {
  for (int i = 0; i < l->n; i++) if (l->v[i] == x) return true;
  return false;
}
static void list_push(IntList *l, int x) {
  if (l->n == l->cap) {
    int cap = l->cap ? l->cap * 2 : 8, *v = zan_alloc_atomic(sizeof(int) * (size_t)cap);
    if (l->n) memcpy(v, l->v, sizeof(int) * (size_t)l->n);
    l->v = v; l->cap = cap;
  }
  l->v[l->n++] = x;
}

typedef struct OutReads { const Program *p; IntList outs, fns; } OutReads;

/* ir_walk callback: the outputs an expression reads, through the functions it calls. */
static void outs_of(const IrExpr *e, void *ctx) {
  OutReads *r = ctx;
  if (e->op == X_OUTPUT && e->as.index >= 0 && e->as.index < r->p->noutputs && !list_has(&r->outs, e->as.index))
    list_push(&r->outs, e->as.index);
  int fn = e->op == X_CALL ? e->as.call.fn : -1;
  if (fn >= 0 && fn < r->p->nfuncs && !list_has(&r->fns, fn)) {
    list_push(&r->fns, fn);
    ir_walk(r->p->funcs[fn].body, outs_of, r);
  }
}

int render_outputs_read(const Program *p, const IrRule *rule, int **out) {
  OutReads r = { p, {NULL, 0, 0}, {NULL, 0, 0} };
  ir_walk(rule->when, outs_of, &r);
  ir_walk(rule->value, outs_of, &r);
  int n = ints_sort_unique(r.outs.v, r.outs.n), k = 0;
  for (int i = 0; i < n; i++) if (r.outs.v[i] != rule->output) r.outs.v[k++] = r.outs.v[i];
  *out = r.outs.v;
  return k;
}

int render_rules_of(const Program *p, int o, int **out) {
  IntList l = {NULL, 0, 0};
  const IrOutput *O = &p->outputs[o];
  for (int i = 0; i < O->nroots; i++) list_push(&l, O->roots[i]);
  for (int i = 0; i < l.n; i++) {            /* the list is its own queue: exceptions follow */
    const IrRule *r = &p->rules[l.v[i]];
    for (int k = 0; k < r->nexceptions; k++)    /* an exception to several rules: once */
      if (!list_has(&l, r->exceptions[k])) list_push(&l, r->exceptions[k]);
  }
  *out = l.v;
  return ints_sort_unique(l.v, l.n);
}
