/* lint.c — `zan lint`'s checks that need no solver (unused facts, outputs no rule defines,
 * uncited articles, validity outside the cited articles), the driver, and `-- lint: allow`. */
#include <string.h>
#include <ctype.h>
#include "lint.h"
#include "../lang/ast.h"
#include "../lang/base/alloc.h"

static const char *const kind_names[LK_COUNT] = {
  "conflict", "never-applies", "outside-articles", "exception-no-effect", "redundant",
  "param-before-first-date", "unused-fact", "undefined-output",
  "uncited-article", "bad-allow"
};
const char *lint_kind_name(LintKind k) { return k < LK_COUNT ? kind_names[k] : "?"; }

void lint_add(LintResult *r, LintFinding f) {
  if (r->n == r->cap) {
    int cap = r->cap ? r->cap * 2 : 16;
    LintFinding *n = ZAN_NEWN(LintFinding, cap);
    if (r->n) memcpy(n, r->items, sizeof *n * (size_t)r->n);
    r->items = n;
    r->cap = cap;
  }
  r->items[r->n++] = f;
}

static LintFinding finding(LintKind k, Loc at) {
  LintFinding f = { k, -1, -1, -1, -1, NULL, false, 0, false, at };
  return f;
}

/* ---- what is read, defined and cited ---- */
typedef struct Reads { const Program *p; bool *slot; bool *fn; } Reads;

static void read_node(const IrExpr *e, void *ctx) {
  Reads *r = ctx;
  if (e->op == X_FACT) r->slot[e->as.index] = true;
  if (e->op == X_CALL && !r->fn[e->as.call.fn]) {
    r->fn[e->as.call.fn] = true;
    ir_walk(r->p->funcs[e->as.call.fn].body, read_node, r);
  }
}

/* The facts an explain text names as {path} placeholders: an explanation reads them. */
static void read_placeholders(const Program *p, const Texts *t, bool *slot) {
  for (int i = 0; t && i < t->n; i++)
    for (const char *s = t->items[i].text; s && (s = strchr(s, '{')); s++) {
      const char *close = strchr(s + 1, '}');
      if (!close) break;
      const IrFact *f = ir_find_fact(p, s + 1, (size_t)(close - s - 1), true);
      if (f && f->slot >= 0) slot[f->slot] = true;
    }
}

static void check_unused(const Program *p, LintResult *res) {
  Reads r = { p, ZAN_NEWN(bool, p->nslots + 1), ZAN_NEWN(bool, p->nfuncs + 1) };
  for (int i = 0; i < p->nrules; i++) {
    const IrRule *ru = &p->rules[i];
    if (ru->when) ir_walk(ru->when, read_node, &r);
    if (ru->value) ir_walk(ru->value, read_node, &r);
    for (int k = 0; k < ru->nfacts_read; k++) r.slot[ru->facts_read[k]] = true;
    read_placeholders(p, ru->explain, r.slot);
  }
  for (int o = 0; o < p->noutputs; o++)
    if (p->outputs[o].dflt) ir_walk(p->outputs[o].dflt, read_node, &r);
  if (p->subject_slot >= 0) r.slot[p->subject_slot] = true;   /* the decision names its subject */
  if (p->as_of_slot >= 0) r.slot[p->as_of_slot] = true;       /* it sets the evaluation date */
  for (int i = 0; i < p->nslots; i++)
    if (!r.slot[i]) { LintFinding f = finding(LK_UNUSED_FACT, p->slots[i]->loc); f.index = i; lint_add(res, f); }

  bool *defined = ZAN_NEWN(bool, p->noutputs + 1), *cited = ZAN_NEWN(bool, p->narticles + 1);
  for (int i = 0; i < p->nrules; i++) {
    defined[p->rules[i].output] = true;
    for (int k = 0; k < p->rules[i].ncites; k++) cited[p->rules[i].cites[k]] = true;
  }
  for (int i = 0; i < p->nparams; i++)
    for (int k = 0; k < p->params[i].ncites; k++) cited[p->params[i].cites[k]] = true;
  for (int o = 0; o < p->noutputs; o++)
    if (!defined[o]) { LintFinding f = finding(LK_UNDEFINED_OUTPUT, p->outputs[o].loc); f.output = o; lint_add(res, f); }
  for (int a = 0; a < p->narticles; a++)
    if (!cited[a]) { LintFinding f = finding(LK_UNCITED_ARTICLE, p->articles[a].loc); f.index = a; lint_add(res, f); }
}

/* A rule in force only on dates none of its cited articles is: its validity interval meets
 * none of theirs (an article without dates is valid always). */
static void check_validity(const Program *p, LintResult *res) {
  for (int i = 0; i < p->nrules; i++) {
    const IrRule *r = &p->rules[i];
    if (r->ncites == 0) continue;
    bool meets = false;
    for (int k = 0; k < r->ncites && !meets; k++) {
      const IrArticle *a = &p->articles[r->cites[k]];
      bool before = r->has_until && a->has_from && r->until < a->from;
      bool after = r->has_from && a->has_until && r->from > a->until;
      meets = !before && !after;
    }
    if (!meets) {
      LintFinding f = finding(LK_OUTSIDE_ARTICLES, r->loc);
      f.rule1 = i; f.output = r->output;
      lint_add(res, f);
    }
  }
}

/* ---- `-- lint: allow KIND reason` ---- */
/* The comment's kind (LK_COUNT: not an allow comment; LK_BAD_ALLOW: malformed). */
static LintKind allow_kind(const char *t) {
  while (*t == ' ' || *t == '\t') t++;
  if (strncmp(t, "lint:", 5) != 0) return LK_COUNT;
  t += 5;
  while (*t == ' ' || *t == '\t') t++;
  if (strncmp(t, "allow", 5) != 0 || (t[5] != ' ' && t[5] != '\t')) return LK_BAD_ALLOW;
  t += 5;
  while (*t == ' ' || *t == '\t') t++;
  for (int k = 0; k < LK_BAD_ALLOW; k++) {
    size_t n = strlen(kind_names[k]);
    if (strncmp(t, kind_names[k], n) != 0 || (t[n] != ' ' && t[n] != '\t')) continue;
    for (const char *c = t + n; *c; c++) if (!isspace((unsigned char)*c)) return (LintKind)k;   /* a reason */
    return LK_BAD_ALLOW;
  }
  return LK_BAD_ALLOW;
}

/* The comment stands on the declaration's first line, or in the comment block right above it
 * (only blank lines and comments between the comment and that line). */
static bool governs(const Comment *c, Loc at) {
  if (c->loc.src != at.src) return false;
  const char *t = at.src->text;
  uint32_t line = at.start, eol = at.start;
  while (line > 0 && t[line - 1] != '\n') line--;
  while (eol < at.src->len && t[eol] != '\n') eol++;
  if (c->loc.start >= line && c->loc.start < eol) return true;
  if (c->loc.start > line) return false;
  uint32_t i = c->loc.start;
  while (i < line) {
    if (t[i] == '-' && i + 1 < line && t[i + 1] == '-') { while (i < line && t[i] != '\n') i++; continue; }
    if (!isspace((unsigned char)t[i])) return false;
    i++;
  }
  return true;
}

static bool allowed(const LintFinding *f, const Program *p, File **files, int nfiles) {
  Loc at[2] = { f->at, f->rule1 >= 0 ? p->rules[f->rule1].loc : f->at };
  for (int i = 0; i < nfiles; i++)
    for (int k = 0; k < files[i]->ncomments; k++) {
      const Comment *c = &files[i]->comments[k];
      if (allow_kind(c->text) != f->kind) continue;
      if (governs(c, at[0]) || governs(c, at[1])) return true;
    }
  return false;
}

LintResult *lint_run(const Program *p, File **files, int nfiles) {
  LintResult *all = ZAN_NEW(LintResult), *res = ZAN_NEW(LintResult);
  LintSmt *s = lint_smt_new(p);
  lint_smt_conflicts(s, all);
  lint_smt_never(s, all);
  lint_smt_redundant(s, all);
  lint_smt_params(s, all);
  lint_smt_free(s);
  check_validity(p, all);
  check_unused(p, all);
  for (int i = 0; i < all->n; i++) {
    if (allowed(&all->items[i], p, files, nfiles)) res->nallowed++;
    else lint_add(res, all->items[i]);
  }
  for (int i = 0; i < nfiles; i++)
    for (int k = 0; k < files[i]->ncomments; k++)
      if (allow_kind(files[i]->comments[k].text) == LK_BAD_ALLOW)
        lint_add(res, finding(LK_BAD_ALLOW, files[i]->comments[k].loc));
  res->nskipped = all->nskipped;
  return res;
}
