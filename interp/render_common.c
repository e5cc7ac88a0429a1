/* render_common.c — what the JSON and text renderers share beyond strings: article citations
 * and statuses, the outputs a rule reads, and the checklist link (obligation -> findings)
 * a policy declares with a function. Nothing here decides: it asks the evaluator. */
#include <string.h>
#include "render.h"
#include "render_impl.h"
#include "../lang/ast.h"
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

/* ---- the checklist link ---- */
static const EnumType *set_enum(const Type *t) {
  return t && t->kind == T_SET && t->as.elem && t->as.elem->kind == T_ENUM ? t->as.elem->as.en : NULL;
}

RenderLink render_find_link(const Program *p) {
  RenderLink l = { -1, -1, -1 };
  for (int f = 0; f < p->nfuncs && l.fn < 0; f++) {
    const IrFunc *F = &p->funcs[f];
    if (F->nparams != 1 || !F->param_types || !F->param_types[0] || F->param_types[0]->kind != T_ENUM) continue;
    const EnumType *from = F->param_types[0]->as.en, *to = set_enum(F->ret);
    if (!to || from == to) continue;
    int duties = -1, findings = -1;
    for (int o = 0; o < p->noutputs; o++) {
      const EnumType *e = set_enum(p->outputs[o].type);
      if (e == from && duties < 0) duties = o;
      if (e == to && findings < 0) findings = o;
    }
    if (duties >= 0 && findings >= 0) { l.fn = f; l.duties = duties; l.findings = findings; }
  }
  return l;
}

static IrExpr *mk(int op, const Type *t) {
  IrExpr *e = ZAN_NEW(IrExpr);
  e->op = (uint8_t)op;
  e->type = t;
  return e;
}

RenderLinkStatus render_link_status(const Program *p, const Val *slots, const Result *r,
                                    const RenderLink *l, Val duty, Val *shown_by) {
  if (shown_by) *shown_by = val_unknown();
  if (!l || l->fn < 0) return RL_NOT_CHECKED;
  const IrFunc *F = &p->funcs[l->fn];
  /* F(duty): the findings that would show it unmet */
  IrExpr *call = mk(X_CALL, F->ret);
  call->as.call.fn = l->fn;
  call->as.call.n = 1;
  call->as.call.args = ZAN_NEWN(IrExpr *, 1);
  call->as.call.args[0] = mk(X_CONST, F->param_types[0]);
  call->as.call.args[0]->as.k = duty;
  EvalError *err = NULL;
  Val which = eval_expr_after(p, slots, r, call, LANG_EN, &err);
  if (err || which.kind != V_SET) return RL_NOT_CHECKED;
  if (which.as.set->n == 0) return RL_NOT_CHECKED;
  if (shown_by) *shown_by = which;
  /* FINDINGS intersects F(duty), three-valued */
  IrExpr *in = mk(X_INTERSECTS, &type_bool);
  in->as.bin.l = mk(X_OUTPUT, p->outputs[l->findings].type);
  in->as.bin.l->as.index = l->findings;
  in->as.bin.r = mk(X_CONST, F->ret);
  in->as.bin.r->as.k = which;
  Val v = eval_expr_after(p, slots, r, in, LANG_EN, &err);
  if (err || v.kind != V_BOOL) return RL_UNKNOWN;
  return v.as.b ? RL_NOT_MET : RL_MET;
}
