/* check_rules.c — what makes a policy legally sound beyond its types: exceptions and their
 * bases, citations, validity dates, article ids and statuses, three-language texts, explain
 * placeholders, the policy header, and cycles (outputs through rules, recursive functions). */
#include <string.h>
#include <stdint.h>
#include <ctype.h>
#include "check.h"
#include "base/alloc.h"
#include "graph.h"

/* From lexer.h, which cannot be included beside types.h (the token and type enums share names). */
int lex_keyword(const char *text, size_t len, int set);
const char *lex_keyword_text(int tok, int set);

/* ---- texts --------------------------------------------------------------------------- */

void check_text_langs(Checker *ck, const Texts *t);

/* The keyword en as written in the file holding loc (its keyword set). */
static const char *kw_of(const Checker *ck, Loc loc, const char *en) {
  int set = 0;
  for (int m = 0; m < ck->nmods; m++)
    if (ck->mods[m].file && ck->mods[m].file->src == loc.src) set = ck->mods[m].file->keyword_set;
  int tok = lex_keyword(en, strlen(en), 0);
  const char *t = tok ? lex_keyword_text(tok, set) : NULL;
  return t ? t : en;
}

/* Status and source belong to an article's text; anywhere else they are an error. */
static void check_no_status(Checker *ck, const Texts *t) {
  for (int i = 0; i < t->n; i++) {
    const TextItem *it = &t->items[i];
    if (it->status.text) diag_report(ck->d, DIAG_ERROR, it->status.loc, E_TEXT_STATUS_HERE, kw_of(ck, it->status.loc, "status"));
    if (it->source) diag_report(ck->d, DIAG_ERROR, it->source_loc, E_TEXT_STATUS_HERE, kw_of(ck, it->source_loc, "source"));
  }
}

void check_texts(Checker *ck, const Texts *t) {
  if (!t) return;
  check_no_status(ck, t);
  check_text_langs(ck, t);
}

void check_text_langs(Checker *ck, const Texts *t) {
  if (!t) return;
  static const char *langs[] = {"kk", "ru", "en"};
  int seen[3] = {-1, -1, -1};
  for (int i = 0; i < t->n; i++) {
    const TextItem *it = &t->items[i];
    if (!it->lang.text) continue;
    int k = -1;
    for (int j = 0; j < 3; j++) if (strcmp(it->lang.text, langs[j]) == 0) k = j;
    if (k < 0) { diag_report(ck->d, DIAG_ERROR, it->lang.loc, E_TEXT_BAD_LANG, it->lang.text); continue; }
    if (seen[k] >= 0) {
      Diag *g = diag_report(ck->d, DIAG_ERROR, it->lang.loc, E_TEXT_REPEATED_LANG, it->lang.text);
      if (g) diag_add_note(ck->d, g, t->items[seen[k]].lang.loc, N_FIRST_DEFINED_HERE);
      continue;
    }
    seen[k] = i;
  }
  for (int j = 0; j < 3; j++)
    if (seen[j] < 0) diag_report(ck->d, DIAG_WARNING, t->loc, W_TEXT_MISSING_LANG, langs[j]);
}

/* ---- articles ------------------------------------------------------------------------ */

/* ARTICLE[.PARAGRAPH[.SUBPARAGRAPH]], optionally after an act prefix "koap:" — each part
 * letters, digits, '-' or '_', starting with a letter or digit. */
/* A keyword as module m writes it (its keyword set), for messages that name a clause. */
static const char *kw_in(const Checker *ck, int m, const char *en) {
  int tok = lex_keyword(en, strlen(en), 0);
  const char *t = tok && m >= 0 ? lex_keyword_text(tok, ck->mods[m].file->keyword_set) : NULL;
  return t ? t : en;
}

const char *check_keyword(const Checker *ck, int m, const char *en) { return kw_in(ck, m, en); }

static bool article_id_ok(const char *id) {
  const char *colon = strchr(id, ':');
  if (colon) {
    if (colon == id || strchr(colon + 1, ':')) return false;
    for (const char *c = id; c < colon; c++)
      if (!isalnum((unsigned char)*c) && *c != '_' && *c != '-') return false;
    id = colon + 1;
  }
  int parts = 0;
  const char *p = id;
  for (;;) {
    if (!isalnum((unsigned char)*p)) return false;
    while (isalnum((unsigned char)*p) || *p == '-' || *p == '_') p++;
    parts++;
    if (*p == 0) break;
    if (*p != '.') return false;
    p++;
  }
  return parts <= 3;
}

static void check_validity(Checker *ck, const Validity *v) {
  if (v->has_from && v->has_until && v->until < v->from)
    diag_report(ck->d, DIAG_ERROR, v->loc, E_VALIDITY_ORDER);
}

/* "official" … as an ArticleStatus; false (reported at st) when it is none of them. */
static bool parse_status(Checker *ck, Name st, ArticleStatus *out) {
  if (strcmp(st.text, "official") == 0) *out = ST_OFFICIAL;
  else if (strcmp(st.text, "unofficial_translation") == 0) *out = ST_UNOFFICIAL_TRANSLATION;
  else if (strcmp(st.text, "summary") == 0) *out = ST_SUMMARY;
  else { diag_report(ck->d, DIAG_ERROR, st.loc, E_BAD_STATUS, st.text); return false; }
  return true;
}

/* Each text's status and source: its own clauses, else the article's. A text with neither
 * gets the warning (once per article) and counts as a summary. */
static void article_text_statuses(Checker *ck, const Node *n, IrArticle *a, bool has_default) {
  const Texts *t = a->text;
  a->official = -1;
  if (!t) return;
  a->text_status = ZAN_NEWN(ArticleStatus, t->n);
  a->text_source = ZAN_NEWN(const char *, t->n);
  bool warned = false;
  for (int i = 0; i < t->n; i++) {
    const TextItem *it = &t->items[i];
    a->text_status[i] = a->status;
    a->text_source[i] = it->source ? it->source : a->source;
    if (it->status.text) parse_status(ck, it->status, &a->text_status[i]);
    else if (!has_default && !warned) {
      diag_report(ck->d, DIAG_WARNING, n->as.article.id_loc, W_ARTICLE_NO_STATUS, a->id);
      warned = true;
    }
    if (a->text_status[i] == ST_OFFICIAL && a->official < 0) a->official = i;
  }
}

static void check_articles(Checker *ck) {
  Program *p = ck->prog;
  p->narticles = ck->art_nodes.n;
  p->articles = ZAN_NEWN(IrArticle, p->narticles);
  for (int i = 0; i < ck->art_nodes.n; i++) {
    Node *n = ck->art_nodes.items[i];
    IrArticle *a = &p->articles[i];
    a->id = n->as.article.id; a->act = n->as.article.act; a->source = n->as.article.source;
    a->title = n->as.article.title; a->text = n->as.article.text; a->loc = n->as.article.id_loc;
    a->has_from = n->as.article.validity.has_from; a->from = n->as.article.validity.from;
    a->has_until = n->as.article.validity.has_until; a->until = n->as.article.validity.until;
    if (!article_id_ok(a->id)) diag_report(ck->d, DIAG_ERROR, n->as.article.id_loc, E_BAD_ARTICLE_ID, a->id);
    a->status = ST_SUMMARY;
    if (n->as.article.status.text) parse_status(ck, n->as.article.status, &a->status);
    article_text_statuses(ck, n, a, n->as.article.status.text != NULL);
    check_validity(ck, &n->as.article.validity);
    check_texts(ck, n->as.article.title);
    if (!n->as.article.text) diag_report(ck->d, DIAG_ERROR, n->as.article.id_loc, E_ARTICLE_NO_TEXT, a->id);
    else check_text_langs(ck, n->as.article.text);
  }
}

/* Resolves cites to article indices; unknown ids are errors (with the closest id as a hint). */
static int *resolve_cites(Checker *ck, int n, const char **ids, const Loc *locs, int *out_n) {
  int *r = ZAN_NEWN(int, n);
  int k = 0;
  for (int i = 0; i < n; i++) {
    if (!ids[i]) continue;
    Sym *a = symtab_get(&ck->articles, ids[i]);
    if (!a) { check_report_echo(ck, NULL, locs[i], E_UNKNOWN_ARTICLE, ids[i], NULL, NULL); continue; }
    r[k++] = a->index;
  }
  *out_n = k;
  return r;
}

/* ---- explain placeholders ---------------------------------------------------------- */

static const IrFact *child_by(const IrFact *g, const char *seg) {
  for (int i = 0; i < g->n; i++)
    if (strcmp(g->children[i]->name, seg) == 0 || strcmp(g->children[i]->key, seg) == 0) return g->children[i];
  return NULL;
}

/* A placeholder names a fact leaf (dotted names or keys from the root) or an output. */
static bool placeholder_ok(Checker *ck, int m, const char *path) {
  char *dup = zan_strdup(path);
  char *save = NULL, *seg = strtok_r(dup, ".", &save);
  if (!seg) return false;
  Sym *s = check_lookup(ck, m, seg, (Loc){0}, NULL);
  const IrFact *f = NULL;
  if (s && s->kind == SYM_OUTPUT) return strtok_r(NULL, ".", &save) == NULL;
  if (s && s->kind == SYM_FACT) f = s->fact;
  else f = child_by(ck->prog->facts, seg);          /* by key: the fact file's own path */
  if (!f) return false;
  while ((seg = strtok_r(NULL, ".", &save))) {
    if (f->slot >= 0) return false;
    f = child_by(f, seg);
    if (!f) return false;
  }
  return f->slot >= 0;
}

static void check_explain(Checker *ck, int m, const Texts *t) {
  if (!t) return;
  for (int i = 0; i < t->n; i++) {
    const char *s = t->items[i].text;
    if (!s) continue;
    for (const char *o = strchr(s, '{'); o; o = strchr(o + 1, '{')) {
      const char *c = strchr(o + 1, '}');
      if (!c) break;
      size_t len = (size_t)(c - o - 1);
      bool pathlike = len > 0;
      for (const char *q = o + 1; q < c; q++)
        if (isspace((unsigned char)*q) || *q == '{' || *q == '"') { pathlike = false; break; }
      if (!pathlike) continue;
      char *path = zan_strndup(o + 1, len);
      if (placeholder_ok(ck, m, path)) continue;
      /* point at the placeholder in the source when it is there verbatim */
      Loc at = t->items[i].loc;
      if (at.src) {
        char *needle = zan_sprintf("{%s}", path);
        const char *hay = at.src->text + at.start;
        const char *hit = memmem(hay, at.end - at.start, needle, strlen(needle));
        if (hit) { at.start = (uint32_t)(hit - at.src->text); at.end = at.start + (uint32_t)strlen(needle); }
      }
      check_report_echo(ck, NULL, at, E_BAD_PLACEHOLDER, path, NULL, NULL);   /* may name lost text */
    }
  }
}

/* ---- rules ------------------------------------------------------------------------------ */

/* `to r1, r2 …`: each a rule other than the exception itself, named once. */
static void resolve_bases(Checker *ck, Sym *s, IrRule *r) {
  Node *n = s->decl;
  r->bases = ZAN_NEWN(int, (size_t)n->as.rule.nbases);
  for (int k = 0; k < n->as.rule.nbases; k++) {
    Name bn = n->as.rule.bases[k];
    bool amb;
    Sym *b = check_lookup(ck, s->module, bn.text, bn.loc, &amb);
    if (!b && !amb) check_unknown_name(ck, s->module, bn.text, 1u << SYM_RULE, bn.loc, E_UNKNOWN_RULE, E_UNKNOWN_RULE_HINT);
    else if (b && b->kind != SYM_RULE) diag_report(ck->d, DIAG_ERROR, bn.loc, E_BASE_NOT_RULE, bn.text);
    else if (b == s) diag_report(ck->d, DIAG_ERROR, bn.loc, E_EXCEPTION_CYCLE, s->name, zan_sprintf("%s -> %s", s->name, s->name));
    else if (b) {
      bool again = false;
      for (int j = 0; j < r->nbases && !again; j++) again = r->bases[j] == b->index;
      if (again) diag_report(ck->d, DIAG_ERROR, bn.loc, E_BASE_TWICE, bn.text);
      else r->bases[r->nbases++] = b->index;
    }
  }
  r->base = r->nbases ? r->bases[0] : -1;
}

/* `to all OUT`: an output; its root rules become the bases at lowering. */
static void resolve_all_of(Checker *ck, Sym *s, IrRule *r) {
  Name on = s->decl->as.rule.base;
  bool amb;
  Sym *o = check_lookup(ck, s->module, on.text, on.loc, &amb);
  if (!o && !amb) check_unknown_name(ck, s->module, on.text, 1u << SYM_OUTPUT, on.loc, E_UNKNOWN_OUTPUT, E_UNKNOWN_OUTPUT_HINT);
  else if (o && o->kind != SYM_OUTPUT) diag_report(ck->d, DIAG_ERROR, on.loc, E_ALL_NOT_OUTPUT, on.text, kw_in(ck, s->module, "to"), kw_in(ck, s->module, "all"));
  else if (o) r->all_of = o->index;
}

/* Exception chains are acyclic: following `to` from any rule must reach a root rule. A
 * depth-first walk over the bases (an exception may have several), linear in rules + bases;
 * an edge closing a cycle is reported and dropped so that later passes terminate. */
static void check_exception_cycles(Checker *ck) {
  Program *p = ck->prog;
  int n = p->nrules;
  uint8_t *state = zan_alloc_atomic((size_t)n + 1);    /* 0 new, 1 on the path, 2 done */
  memset(state, 0, (size_t)n + 1);
  int *path = ZAN_NEWN(int, (size_t)n + 1), *next = ZAN_NEWN(int, (size_t)n + 1);
  for (int i = 0; i < n; i++) {
    if (state[i]) continue;
    int top = 0;
    path[top] = i; next[top] = 0; state[i] = 1;
    while (top >= 0) {
      IrRule *r = &p->rules[path[top]];
      if (next[top] >= r->nbases) { state[path[top]] = 2; top--; continue; }
      int k = next[top]++, j = r->bases[k];
      if (state[j] == 0) { top++; path[top] = j; next[top] = 0; state[j] = 1; continue; }
      if (state[j] != 1) continue;
      /* j is on the path: the cycle is path[from..top] back to j */
      Buf b; buf_init(&b);
      int from = top;
      while (path[from] != j) from--;
      for (int q = from; q <= top; q++) buf_printf(&b, "%s -> ", p->rules[path[q]].name);
      buf_puts(&b, p->rules[j].name);
      /* reported at j, the rule the cycle came back to, where it names the next on the path */
      Node *d = ((Sym *)ck->rule_syms.items[j])->decl;
      const char *nx = p->rules[from < top ? path[from + 1] : j].name;
      Loc at = d->as.rule.base.loc;
      for (int q = 0; q < d->as.rule.nbases; q++)
        if (d->as.rule.bases[q].text && strcmp(d->as.rule.bases[q].text, nx) == 0) at = d->as.rule.bases[q].loc;
      diag_report(ck->d, DIAG_ERROR, at, E_EXCEPTION_CYCLE, p->rules[j].name, buf_cstr(&b));
      r->bases[k] = r->bases[--r->nbases];            /* drop the edge */
      next[top]--;
      r->base = r->nbases ? r->bases[0] : -1;
    }
  }
}

static void check_rule_decls(Checker *ck) {
  Program *p = ck->prog;
  for (int i = 0; i < ck->rule_syms.n; i++) {
    Sym *s = ck->rule_syms.items[i];
    Node *n = s->decl;
    IrRule *r = &p->rules[i];
    File *f = ck->mods[s->module].file;
    /* effective validity: the rule's own, else its module's */
    const Validity *v = n->as.rule.validity.has_from || n->as.rule.validity.has_until ? &n->as.rule.validity : &f->module_validity;
    check_validity(ck, &n->as.rule.validity);
    r->has_from = v->has_from; r->from = v->from; r->has_until = v->has_until; r->until = v->until;
    r->cites = resolve_cites(ck, n->as.rule.ncites, n->as.rule.cites, n->as.rule.cite_locs, &r->ncites);
    if (n->as.rule.ncites == 0) diag_report(ck->d, DIAG_WARNING, s->loc, W_NO_CITES, s->name);
    if (r->has_from)
      for (int c = 0; c < r->ncites; c++) {
        const IrArticle *a = &p->articles[r->cites[c]];
        if (a->has_from && r->from < a->from) {
          char rd[11], ad[11];
          date_format(r->from, rd); date_format(a->from, ad);
          Diag *g = diag_report(ck->d, DIAG_WARNING, v->loc.src ? v->loc : s->loc, W_RULE_BEFORE_ARTICLE, s->name, rd, a->id, ad);
          if (g) diag_add_note(ck->d, g, a->loc, N_ARTICLE_HERE);
        }
      }
    /* the clauses come in any order (the grammar), so the required ones are checked here;
     * a clause is not missing when the parser gave up inside the rule */
    if (!n->as.rule.target.text)
      check_report_echo(ck, n, s->loc, E_PARSE_MISSING_CLAUSE, zan_sprintf("'%s'", s->name), kw_in(ck, s->module, "then"), NULL);
    if (n->as.rule.is_exception && !n->as.rule.base.text)
      check_report_echo(ck, n, s->loc, E_PARSE_MISSING_CLAUSE, zan_sprintf("'%s'", s->name), kw_in(ck, s->module, "to"), NULL);
    check_texts(ck, n->as.rule.explain);
    check_explain(ck, s->module, n->as.rule.explain);
    /* exceptions: `to BASE, …` names rules that define the same output; `to all OUT` an output */
    if (n->as.rule.is_exception && n->as.rule.base.text && n->as.rule.to_all)
      resolve_all_of(ck, s, r);
    else if (n->as.rule.is_exception && n->as.rule.base.text)
      resolve_bases(ck, s, r);
  }
  /* same output as the bases (after every rule's output is known) */
  for (int i = 0; i < p->nrules; i++) {
    IrRule *r = &p->rules[i];
    Sym *s = ck->rule_syms.items[i];
    if (r->all_of >= 0 && r->output >= 0 && r->output != r->all_of)
      diag_report(ck->d, DIAG_ERROR, s->decl->as.rule.target.loc, E_EXCEPTION_ALL_OUTPUT, r->name,
                  p->outputs[r->output].name, p->outputs[r->all_of].name);
    for (int k = 0; k < r->nbases; k++) {
      IrRule *b = &p->rules[r->bases[k]];
      if (r->output >= 0 && b->output >= 0 && r->output != b->output) {
        Diag *g = diag_report(ck->d, DIAG_ERROR, s->decl->as.rule.target.loc, E_EXCEPTION_OUTPUT, r->name,
                              p->outputs[r->output].name, b->name, p->outputs[b->output].name);
        if (g) diag_add_note(ck->d, g, b->loc, N_BASE_RULE_HERE);
      }
    }
  }
  check_exception_cycles(ck);
}

/* ---- cycles -------------------------------------------------------------------------------- */
/* Adjacency lists (graph.h), not n × n tables: a policy of 64,000 rules has tens of thousands
 * of outputs. Successors are visited in ascending index order, so the cycles found and the
 * order they are reported in are those of a scan of the full matrix. */

typedef struct Deps { Graph *g; int from; int *fns; int nfns, capfns; } Deps;   /* edges from `from`; the calls */

static void collect(const IrExpr *e, void *ctx) {
  Deps *d = ctx;
  if (e->op == X_OUTPUT) graph_edge(d->g, d->from, e->as.index);
  if (e->op == X_CALL) {
    if (d->nfns == d->capfns) {
      int cap = d->capfns ? d->capfns * 2 : 8, *f = zan_alloc_atomic(sizeof(int) * (size_t)cap);
      if (d->nfns) memcpy(f, d->fns, sizeof(int) * (size_t)d->nfns);
      d->fns = f; d->capfns = cap;
    }
    d->fns[d->nfns++] = e->as.call.fn;
  }
}

/* Depth-first search for a cycle; reports each cycle found once, as "a -> b -> a". */
static void find_cycles(Checker *ck, const Graph *g, const char **names, const Loc *locs, MsgId id) {
  int n = g->n;
  int *color = ZAN_NEWN(int, n), *stack = ZAN_NEWN(int, n), *next = ZAN_NEWN(int, n);
  for (int root = 0; root < n; root++) {
    if (color[root]) continue;
    int sp = 0;
    stack[sp++] = root; color[root] = 1; next[root] = 0;
    while (sp) {
      int u = stack[sp - 1];
      if (next[u] >= graph_deg(g, u)) { color[u] = 2; sp--; continue; }
      int v = graph_succ(g, u)[next[u]++];
      if (color[v] == 0) { color[v] = 1; next[v] = 0; stack[sp++] = v; }
      else if (color[v] == 1) {
        Buf b; buf_init(&b);
        int k = 0;
        while (stack[k] != v) k++;
        for (int q = k; q < sp; q++) buf_printf(&b, "%s -> ", names[stack[q]]);
        buf_puts(&b, names[v]);
        diag_report(ck->d, DIAG_ERROR, locs[v], id, names[v], buf_cstr(&b));
      }
    }
  }
}

/* The union of two ascending unique lists, ascending and unique. */
static int *merge_sorted(const int *a, int na, const int *b, int nb, int *nout) {
  int *r = zan_alloc_atomic(sizeof(int) * (size_t)(na + nb + 1));
  int i = 0, j = 0, k = 0;
  while (i < na || j < nb) {
    if (j >= nb || (i < na && a[i] < b[j])) r[k++] = a[i++];
    else if (i >= na || b[j] < a[i]) r[k++] = b[j++];
    else { r[k++] = a[i++]; j++; }
  }
  *nout = k;
  return r;
}

static void check_cycles(Checker *ck) {
  Program *p = ck->prog;
  int nf = p->nfuncs, no = p->noutputs;
  /* functions: calls (fgraph) and the outputs each reads directly (fread: from function to output) */
  Graph fgraph, fread;
  graph_init(&fgraph, nf); graph_init(&fread, nf);
  const char **fnames = ZAN_NEWN(const char *, nf + 1);
  Loc *flocs = ZAN_NEWN(Loc, nf + 1);
  for (int i = 0; i < nf; i++) {
    Deps d = {&fread, i, NULL, 0, 0};
    if (p->funcs[i].body) ir_walk(p->funcs[i].body, collect, &d);
    for (int k = 0; k < d.nfns; k++) graph_edge(&fgraph, i, d.fns[k]);
    fnames[i] = p->funcs[i].name; flocs[i] = p->funcs[i].loc;
  }
  graph_finish(&fgraph); graph_finish(&fread);
  find_cycles(ck, &fgraph, fnames, flocs, E_FN_RECURSIVE);
  /* outputs each function reads, through the functions it calls (transitively): one
   * post-order walk of the call graph (iterative) merges each call once; rounds of "until
   * nothing changes" took nf^3 steps on a long chain of calls (a hang found by fuzzing). In a
   * cycle (already an error) it stops. The lists are sorted and unique. */
  int **fouts = ZAN_NEWN(int *, nf + 1), *nfouts = ZAN_NEWN(int, nf + 1);
  {
    int *color = ZAN_NEWN(int, nf + 1), *stack = ZAN_NEWN(int, nf + 1), *next = ZAN_NEWN(int, nf + 1);
    for (int i = 0; i < nf; i++) { fouts[i] = (int *)graph_succ(&fread, i); nfouts[i] = graph_deg(&fread, i); }
    for (int root = 0; root < nf; root++) {
      if (color[root]) continue;
      int sp = 0;
      stack[sp++] = root; color[root] = 1; next[root] = 0;
      while (sp) {
        int u = stack[sp - 1];
        if (next[u] >= graph_deg(&fgraph, u)) {   /* every callee done: take their outputs */
          for (int k = 0; k < graph_deg(&fgraph, u); k++) {
            int v = graph_succ(&fgraph, u)[k];
            if (v != u && nfouts[v]) fouts[u] = merge_sorted(fouts[u], nfouts[u], fouts[v], nfouts[v], &nfouts[u]);
          }
          color[u] = 2; sp--;
          continue;
        }
        int v = graph_succ(&fgraph, u)[next[u]++];
        if (color[v] == 0) { color[v] = 1; next[v] = 0; stack[sp++] = v; }
      }
    }
  }
  /* outputs: through their rules and defaults */
  Graph ograph;
  graph_init(&ograph, no);
  const char **onames = ZAN_NEWN(const char *, no + 1);
  Loc *olocs = ZAN_NEWN(Loc, no + 1);
  for (int i = 0; i < no; i++) { onames[i] = p->outputs[i].name; olocs[i] = p->outputs[i].loc; }
  Deps d = {&ograph, 0, NULL, 0, 0};
  for (int i = 0; i < no + p->nrules; i++) {
    int o; const IrExpr *es[2] = {NULL, NULL};
    if (i < no) { o = i; es[0] = p->outputs[i].dflt; }
    else { const IrRule *r = &p->rules[i - no]; o = r->output; es[0] = r->when; es[1] = r->value; }
    if (o < 0) continue;
    d.from = o; d.nfns = 0;
    for (int k = 0; k < 2; k++) if (es[k]) ir_walk(es[k], collect, &d);
    d.nfns = ints_sort_unique(d.fns, d.nfns);
    for (int k = 0; k < d.nfns; k++) {
      int f = d.fns[k];
      for (int q = 0; q < nfouts[f]; q++) graph_edge(&ograph, o, fouts[f][q]);
    }
  }
  graph_finish(&ograph);
  find_cycles(ck, &ograph, onames, olocs, E_OUTPUT_CYCLE);
}

/* ---- the header -------------------------------------------------------------------------- */

static void check_header(Checker *ck) {
  Program *p = ck->prog;
  p->subject_slot = p->as_of_slot = -1;
  Node *h = ck->policy;
  if (!h) return;
  p->name = h->as.policy.name.text;
  p->alias = h->as.policy.alias;
  p->version = h->as.policy.version;
  p->title = h->as.policy.title;
  check_texts(ck, h->as.policy.title);
  struct { Node *e; const Type *t; int *slot; const char *what; } want[2] = {
    {h->as.policy.subject, &type_text, &p->subject_slot, "subject"},
    {h->as.policy.as_of, &type_date, &p->as_of_slot, "as of"}};
  for (int i = 0; i < 2; i++) {
    if (!want[i].e || want[i].e->kind == N_ERROR) continue;
    IrFact *f = check_fact_path(ck, ck->policy_mod, want[i].e, true);
    if (!f) continue;
    if (f->slot < 0) { diag_report(ck->d, DIAG_ERROR, want[i].e->loc, E_HEADER_FACT_GROUP, kw_in(ck, ck->policy_mod, want[i].what), f->path); continue; }
    if (f->type->kind != T_ERROR && !type_equal(f->type, want[i].t)) {
      diag_report(ck->d, DIAG_ERROR, want[i].e->loc, E_HEADER_FACT_TYPE, kw_in(ck, ck->policy_mod, want[i].what), type_name(want[i].t), f->path, type_name(f->type));
      continue;
    }
    *want[i].slot = f->slot;
  }
}

void check_rules(Checker *ck) {
  check_articles(ck);
  check_statutes(ck);
  check_header(ck);
  check_rule_decls(ck);
  Program *p = ck->prog;
  /* parameters: citations; texts of every declaration */
  for (int i = 0; i < ck->param_syms.n; i++) {
    Sym *s = ck->param_syms.items[i];
    p->params[i].cites = resolve_cites(ck, s->decl->as.param.ncites, s->decl->as.param.cites,
                                       s->decl->as.param.cite_locs, &p->params[i].ncites);
    check_texts(ck, s->decl->as.param.label);
  }
  for (int i = 0; i < ck->out_syms.n; i++) {
    const Node *o = ((Sym *)ck->out_syms.items[i])->decl;
    check_texts(ck, o->as.output.label);
    check_texts(ck, o->as.output.unit_texts);
  }
  for (int m = 0; m < ck->nmods; m++) {
    File *f = ck->mods[m].file;
    check_validity(ck, &f->module_validity);
    for (int i = 0; i < f->decls.n; i++) {
      Node *n = f->decls.items[i];
      if (n->kind == N_ENUM)
        for (int k = 0; k < n->as.enm.n; k++) check_texts(ck, n->as.enm.members[k].label);
    }
  }
  for (int i = 0; i < ck->slots.n; i++) {
    IrFact *f = ck->slots.items[i];
    check_texts(ck, f->label); check_texts(ck, f->ask);
  }
  check_cycles(ck);
}
