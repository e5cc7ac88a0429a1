/* doc_model.c — what `zan doc` shows, worked out before any HTML is written: the statute files
 * the policy header names, read into chapters, articles and paragraphs; which rules and
 * parameters cite which article, and so which paragraphs no rule encodes; the facts and
 * outputs each rule reads; the tests that make each rule apply; each declaration's text. */
#include <stdlib.h>
#include <string.h>
#include "doc_impl.h"
#include "../lang/base/alloc.h"

void il_push(IntList *l, int x) {
  if (l->n == l->cap) {
    l->cap = l->cap ? 2 * l->cap : 4;
    int *v = ZAN_NEWN(int, l->cap);
    if (l->n) memcpy(v, l->v, (size_t)l->n * sizeof *v);
    l->v = v;
  }
  l->v[l->n++] = x;
}

bool il_has(const IntList *l, int x) {
  for (int i = 0; i < l->n; i++)
    if (l->v[i] == x) return true;
  return false;
}

static void il_add(IntList *l, int x) {
  if (!il_has(l, x)) il_push(l, x);
}

/* ---- article ids ---- */

/* The numbering part of an id: "koap:641-1" -> "641-1", "17.3.6" as is. */
static const char *id_number(const char *id) {
  const char *c = strchr(id, ':');
  return c ? c + 1 : id;
}

/* Ids in reading order: segment by segment, numbers by value ("9" before "10", "1.15" after
 * "1.4"), other text by bytes. */
int doc_id_cmp(const char *a, const char *b) {
  while (*a && *b) {
    if (*a >= '0' && *a <= '9' && *b >= '0' && *b <= '9') {
      const char *ea = a, *eb = b;
      while (*ea == '0' && ea[1] >= '0' && ea[1] <= '9') ea++;
      while (*eb == '0' && eb[1] >= '0' && eb[1] <= '9') eb++;
      a = ea;
      b = eb;
      while (*ea >= '0' && *ea <= '9') ea++;
      while (*eb >= '0' && *eb <= '9') eb++;
      if (ea - a != eb - b) return ea - a < eb - b ? -1 : 1;
      int c = strncmp(a, b, (size_t)(ea - a));
      if (c) return c;
      a = ea;
      b = eb;
      continue;
    }
    if (*a != *b) return (unsigned char)*a < (unsigned char)*b ? -1 : 1;
    a++;
    b++;
  }
  return *a ? 1 : *b ? -1 : 0;
}

/* How a citation of id c bears on the paragraph of id b (numbering parts). */
DocCover doc_cover_of(const char *c, const char *b) {
  size_t lc = strlen(c), lb = strlen(b);
  if (lc <= lb && strncmp(c, b, lc) == 0 && (b[lc] == 0 || b[lc] == '.')) return COV_FULL;
  if (lb < lc && strncmp(c, b, lb) == 0 && c[lb] == '.') return COV_PART;
  return COV_NONE;
}

static bool same_act(const char *a, const char *b) { return a && b && strcmp(a, b) == 0; }

/* ---- reading a statute file ---- */

/* The article number in a heading: the first run of digits, with "-digits" after it
 * ("Статья 17. …" -> "17", "641-1-бап" -> "641-1"); NULL when it has none. */
static const char *heading_number(const char *s, size_t n) {
  size_t i = 0;
  while (i < n && !(s[i] >= '0' && s[i] <= '9')) i++;
  if (i == n) return NULL;
  size_t j = i;
  for (;;) {
    while (j < n && s[j] >= '0' && s[j] <= '9') j++;
    if (j + 1 < n && s[j] == '-' && s[j + 1] >= '0' && s[j + 1] <= '9') {
      j++;
      continue;
    }
    break;
  }
  return zan_strndup(s + i, j - i);
}

/* "12. " -> 12 chars of number and the mark; *mark gets '.' or ')'; 0 when the line does not
 * open with a number and one of those marks and a space. */
static size_t numbered(const char *s, size_t n, char *mark) {
  size_t i = 0;
  while (i < n && i < 6 && s[i] >= '0' && s[i] <= '9') i++;
  if (i == 0 || i + 1 >= n || (s[i] != '.' && s[i] != ')') || (s[i + 1] != ' ' && s[i + 1] != '\t'))
    return 0;
  *mark = s[i];
  return i;
}

typedef struct StatReader {
  DocStatute *st;
  Vec chapters, articles; /* const char *, DocStatArticle * */
  DocStatArticle *cur;
  Vec blocks; /* DocBlock * of cur */
  const char *para; /* the current paragraph number, NULL: none yet */
} StatReader;

static void finish_article(StatReader *r) {
  if (!r->cur) return;
  r->cur->nblocks = r->blocks.n;
  r->cur->blocks = ZAN_NEWN(DocBlock, r->blocks.n + 1);
  for (int i = 0; i < r->blocks.n; i++) r->cur->blocks[i] = *(DocBlock *)r->blocks.items[i];
  r->blocks.n = 0;
  r->cur = NULL;
}

static void stat_line(StatReader *r, const char *s, size_t n) {
  while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r')) n--;
  while (n && (*s == ' ' || *s == '\t')) {
    s++;
    n--;
  }
  if (n == 0) return;
  if (*s == '#') {
    size_t level = 0;
    while (level < n && s[level] == '#') level++;
    size_t k = level;
    while (k < n && s[k] == ' ') k++;
    const char *text = zan_strndup(s + k, n - k);
    if (level == 2) {
      finish_article(r);
      vec_push(&r->chapters, (void *)text);
      return;
    }
    const char *num = level >= 3 ? heading_number(s + k, n - k) : NULL;
    if (!num) return; /* the act's own title */
    finish_article(r);
    DocStatArticle *a = ZAN_NEW(DocStatArticle);
    a->num = num;
    a->heading = text;
    a->chapter = r->chapters.n - 1;
    a->group = -1;
    r->cur = a;
    r->para = NULL;
    vec_push(&r->articles, a);
    return;
  }
  if (!r->cur) return; /* before the first article: the act's title lines */
  DocBlock *b = ZAN_NEW(DocBlock);
  b->text = zan_strndup(s, n);
  b->article = -1;
  char mark = 0;
  size_t d = numbered(s, n, &mark);
  const char *num = d ? zan_strndup(s, d) : NULL;
  if (num && mark == '.') {
    r->para = num;
    b->id = zan_sprintf("%s.%s", r->cur->num, num);
    b->depth = 1;
  } else if (num) {
    b->id = r->para ? zan_sprintf("%s.%s.%s", r->cur->num, r->para, num)
                    : zan_sprintf("%s.%s", r->cur->num, num);
    b->depth = r->para ? 2 : 1;
  } else {
    b->id = r->para ? zan_sprintf("%s.%s", r->cur->num, r->para) : r->cur->num;
    b->depth = r->para ? 1 : 0;
  }
  vec_push(&r->blocks, b);
}

/* Reads one statute file: HTML comments dropped, `## ` chapter headings, `### ` article
 * headings, then each non-empty line a paragraph ("N. "), sub-paragraph ("N) ") or text. */
void doc_read_statute(DocStatute *st, const char *text, size_t len) {
  StatReader r = { .st = st };
  bool in_comment = false;
  for (size_t i = 0; i < len;) {
    size_t e = i;
    while (e < len && text[e] != '\n') e++;
    const char *s = text + i;
    size_t n = e - i;
    i = e + 1;
    /* drop comments, which may span lines; what is beside them on a line is kept */
    Buf line;
    buf_init(&line);
    for (size_t k = 0; k < n;) {
      if (in_comment) {
        const char *end = memmem(s + k, n - k, "-->", 3);
        if (!end) {
          k = n;
          break;
        }
        k = (size_t)(end - s) + 3;
        in_comment = false;
        continue;
      }
      const char *open = memmem(s + k, n - k, "<!--", 4);
      if (!open) {
        buf_append(&line, s + k, n - k);
        break;
      }
      buf_append(&line, s + k, (size_t)(open - s) - k);
      k = (size_t)(open - s) + 4;
      in_comment = true;
    }
    stat_line(&r, line.data ? line.data : "", line.len);
  }
  finish_article(&r);
  st->nchapters = r.chapters.n;
  st->chapters = (const char **)r.chapters.items;
  st->narticles = r.articles.n;
  st->articles = ZAN_NEWN(DocStatArticle, r.articles.n + 1);
  for (int k = 0; k < r.articles.n; k++) st->articles[k] = *(DocStatArticle *)r.articles.items[k];
}

/* The folder of the file holding the header (statute paths are relative to it). */
static const char *header_dir(const Node *h) {
  const char *path = h->loc.src && h->loc.src->path ? h->loc.src->path : "";
  const char *slash = strrchr(path, '/');
  return slash ? zan_strndup(path, (size_t)(slash - path + 1)) : "";
}

static void read_statutes(DocModel *m, File **files, int nfiles) {
  const Node *h = NULL;
  for (int i = 0; i < nfiles && !h; i++)
    for (int k = 0; k < files[i]->decls.n && !h; k++)
      if (files[i]->decls.items[k]->kind == N_POLICY) h = files[i]->decls.items[k];
  if (!h || !h->as.policy.nstatutes) return;
  m->statutes = ZAN_NEWN(DocStatute, h->as.policy.nstatutes);
  const char *dir = header_dir(h);
  for (int i = 0; i < h->as.policy.nstatutes; i++) {
    const StatuteAst *sa = &h->as.policy.statutes[i];
    if (!sa->act || !sa->path || !sa->lang.text) continue;
    const char *file = sa->path[0] == '/' ? sa->path : zan_sprintf("%s%s", dir, sa->path);
    const char *err = NULL;
    Source *src = source_read_file(file, &err);
    if (!src) continue; /* the checker read it a moment ago; nothing to show */
    DocStatute *st = &m->statutes[m->nstatutes++];
    st->act = sa->act;
    st->lang = sa->lang.text;
    st->path = sa->path;
    doc_read_statute(st, src->text, src->len);
  }
}

/* ---- coverage ---- */

static void cover_citer(DocBlock *b, const DocStatute *st, const IrArticle *arts, int ncites,
                        const int *cites, IntList *who, int idx) {
  for (int c = 0; c < ncites; c++) {
    const IrArticle *A = &arts[cites[c]];
    if (!same_act(A->act, st->act)) continue;
    DocCover cv = doc_cover_of(id_number(A->id), b->id);
    if (cv == COV_NONE) continue;
    if (cv > b->cover) b->cover = cv;
    il_add(who, idx);
  }
}

static void cover_statute(DocModel *m, DocStatute *st) {
  const Program *p = m->p;
  for (int a = 0; a < st->narticles; a++) {
    DocStatArticle *sa = &st->articles[a];
    for (int k = 0; k < sa->nblocks; k++) {
      DocBlock *b = &sa->blocks[k];
      for (int r = 0; r < p->nrules; r++)
        cover_citer(b, st, p->articles, p->rules[r].ncites, p->rules[r].cites, &b->rules, r);
      for (int i = 0; i < p->nparams; i++)
        cover_citer(b, st, p->articles, p->params[i].ncites, p->params[i].cites, &b->params, i);
      for (int i = 0; i < p->narticles; i++)
        if (same_act(p->articles[i].act, st->act) &&
            strcmp(id_number(p->articles[i].id), b->id) == 0)
          b->article = i;
      int dup = 0;
      for (int j = 0; j < k; j++)
        if (strcmp(sa->blocks[j].id, b->id) == 0) dup++;
      b->first = dup == 0;
      b->anchor = dup ? zan_sprintf("p-%s-%d", doc_slug(b->id), dup + 1)
                      : zan_sprintf("p-%s", doc_slug(b->id));
      if (!b->first) continue;
      sa->nids++;
      if (b->cover == COV_FULL) sa->nfull++;
      else if (b->cover == COV_PART) sa->npart++;
    }
  }
}

/* ---- pages of articles ---- */

/* qsort_r's comparison (the program passed in, no static state: the library may build
 * sites in several threads) */
static int cmp_articles(const void *x, const void *y, void *ctx) {
  const Program *p = ctx;
  const IrArticle *a = &p->articles[*(const int *)x], *b = &p->articles[*(const int *)y];
  if (!a->act != !b->act) return a->act ? -1 : 1; /* articles of no act last */
  int c = a->act ? strcmp(a->act, b->act) : 0;
  return c ? c : doc_id_cmp(id_number(a->id), id_number(b->id));
}

static void make_groups(DocModel *m) {
  const Program *p = m->p;
  Vec groups = { 0 };
  m->group_of_article = ZAN_NEWN(int, p->narticles + 1);
  for (int i = 0; i < p->narticles; i++) m->group_of_article[i] = -1;
  int *order = ZAN_NEWN(int, p->narticles + 1);
  for (int i = 0; i < p->narticles; i++) order[i] = i;
  if (p->narticles > 1)
    qsort_r(order, (size_t)p->narticles, sizeof *order, cmp_articles, (void *)p);
  for (int s = 0; s < m->nstatutes; s++) {
    DocStatute *st = &m->statutes[s];
    for (int a = 0; a < st->narticles; a++) {
      DocGroup *g = ZAN_NEW(DocGroup);
      g->statute = s;
      g->stat_article = a;
      g->act = st->act;
      const char *file =
          zan_sprintf("%s-%s.html", doc_slug(st->act), doc_slug(st->articles[a].num));
      for (int j = 0; j < groups.n; j++) /* an article number twice in a file: keep names unique */
        if (strcmp(((DocGroup *)groups.items[j])->file, file) == 0)
          file =
              zan_sprintf("%s-%s-%d.html", doc_slug(st->act), doc_slug(st->articles[a].num), a + 1);
      g->file = file;
      st->articles[a].group = groups.n;
      for (int k = 0; k < p->narticles; k++) {
        int i = order[k];
        const IrArticle *A = &p->articles[i];
        if (m->group_of_article[i] >= 0 || !same_act(A->act, st->act)) continue;
        const char *num = id_number(A->id);
        size_t l = strlen(st->articles[a].num);
        if (strncmp(num, st->articles[a].num, l) != 0 || (num[l] && num[l] != '.')) continue;
        m->group_of_article[i] = groups.n;
        il_push(&g->arts, i);
      }
      vec_push(&groups, g);
    }
  }
  /* the other articles: a page per act (in act order), then one for articles of no act */
  for (int k = 0; k < p->narticles; k++) {
    int i = order[k];
    if (m->group_of_article[i] >= 0) continue;
    const char *act = p->articles[i].act;
    int gi = -1;
    for (int j = 0; j < groups.n && gi < 0; j++) {
      DocGroup *g = groups.items[j];
      if (g->stat_article < 0 && (act ? same_act(g->act, act) : g->act == NULL)) gi = j;
    }
    if (gi < 0) {
      DocGroup *g = ZAN_NEW(DocGroup);
      g->statute = g->stat_article = -1;
      g->act = act;
      g->file = act ? zan_sprintf("act-%s.html", doc_slug(act)) : "articles.html";
      gi = groups.n;
      vec_push(&groups, g);
    }
    m->group_of_article[i] = gi;
    il_push(&((DocGroup *)groups.items[gi])->arts, i);
  }
  m->ngroups = groups.n;
  m->groups = ZAN_NEWN(DocGroup, groups.n + 1);
  for (int j = 0; j < groups.n; j++) m->groups[j] = *(DocGroup *)groups.items[j];
}

/* ---- relations between rules, facts, outputs, tests ---- */

/* What an expression reads, following the functions it calls (each once): the outputs into
 * outs, the fact slots, as index `who`, into slot_who (either may be NULL). */
typedef struct ReadWalk {
  const Program *p;
  IntList *outs;
  IntList *slot_who;
  int who;
  bool *fn_seen;
} ReadWalk;
static void walk_reads(const IrExpr *e, void *ctx) {
  ReadWalk *w = ctx;
  if (e->op == X_OUTPUT && w->outs) il_add(w->outs, e->as.index);
  if (e->op == X_FACT && w->slot_who) il_add(&w->slot_who[e->as.index], w->who);
  if (e->op == X_CALL && !w->fn_seen[e->as.call.fn]) {
    w->fn_seen[e->as.call.fn] = true;
    ir_walk(w->p->funcs[e->as.call.fn].body, walk_reads, w);
  }
}

static int cmp_int(const void *a, const void *b) {
  int x = *(const int *)a, y = *(const int *)b;
  return (x > y) - (x < y);
}

static void relations(DocModel *m) {
  const Program *p = m->p;
  m->article_rules = ZAN_NEWN(IntList, p->narticles + 1);
  m->article_params = ZAN_NEWN(IntList, p->narticles + 1);
  m->slot_rules = ZAN_NEWN(IntList, p->nslots + 1);
  m->slot_outputs = ZAN_NEWN(IntList, p->nslots + 1);
  m->rule_outputs = ZAN_NEWN(IntList, p->nrules + 1);
  m->rule_facts = ZAN_NEWN(IntList, p->nrules + 1);
  m->rule_tests = ZAN_NEWN(IntList, p->nrules + 1);
  m->output_rules = ZAN_NEWN(IntList, p->noutputs + 1);
  for (int r = 0; r < p->nrules; r++) {
    const IrRule *R = &p->rules[r];
    for (int c = 0; c < R->ncites; c++) il_add(&m->article_rules[R->cites[c]], r);
    for (int f = 0; f < R->nfacts_read; f++) il_add(&m->slot_rules[R->facts_read[f]], r);
    if (R->output >= 0 && R->output < p->noutputs) il_push(&m->output_rules[R->output], r);
    ReadWalk w = { p, &m->rule_outputs[r], m->slot_rules, r, ZAN_NEWN(bool, p->nfuncs + 1) };
    if (R->when) ir_walk(R->when, walk_reads, &w);
    if (R->value) ir_walk(R->value, walk_reads, &w);
    if (w.outs->n > 1) qsort(w.outs->v, (size_t)w.outs->n, sizeof(int), cmp_int);
    if (m->tests)
      for (int t = 0; t < m->tests->noutcomes; t++)
        if (m->tests->outcomes[t].applied && m->tests->outcomes[t].applied[r])
          il_push(&m->rule_tests[r], t);
  }
  for (int s = 0; s < p->nslots; s++) {
    if (m->slot_rules[s].n > 1)
      qsort(m->slot_rules[s].v, (size_t)m->slot_rules[s].n, sizeof(int), cmp_int);
    for (int k = 0; k < m->slot_rules[s].n; k++) il_push(&m->rule_facts[m->slot_rules[s].v[k]], s);
  }
  for (int o = 0; o < p->noutputs; o++) {
    ReadWalk w = { p, NULL, m->slot_outputs, o, ZAN_NEWN(bool, p->nfuncs + 1) };
    if (p->outputs[o].dflt) ir_walk(p->outputs[o].dflt, walk_reads, &w);
  }
  for (int i = 0; i < p->nparams; i++)
    for (int c = 0; c < p->params[i].ncites; c++)
      il_add(&m->article_params[p->params[i].cites[c]], i);
}

/* ---- declarations' texts ---- */

/* Where each declaration of a file ends: at its last token that is not a comment (comments
 * after it belong to what follows). end[k] for files[f]->decls.items[k]. */
static uint32_t *decl_ends(const DocModel *m, File *f) {
  int nd = f->decls.n, nt = 0;
  uint32_t *end = ZAN_NEWN(uint32_t, nd + 1);
  if (!f->src) return end;
  const QToken *t = doc_tokens(m, f->src, &nt);
  int k = 0;
  for (int i = 0; i < nt && nd; i++) {
    if (t[i].cls == QT_COMMENT) continue;
    while (k + 1 < nd && f->decls.items[k + 1]->loc.start <= t[i].start) k++;
    if (t[i].start >= f->decls.items[k]->loc.start) end[k] = t[i].end;
  }
  for (int j = 0; j < nd; j++)
    if (end[j] < f->decls.items[j]->loc.end) end[j] = f->decls.items[j]->loc.end;
  return end;
}

static Loc decl_span(const DocModel *m, uint32_t **ends, QueryKind kind, const char *name,
                     Loc fallback) {
  const QSym *s = query_find(m->q, kind, name);
  if (!s || !s->decl || s->file < 0 || s->file >= m->q->nfiles) return fallback;
  File *f = m->q->files[s->file];
  for (int k = 0; k < f->decls.n; k++)
    if (f->decls.items[k] == s->decl) {
      if (!ends[s->file]) ends[s->file] = decl_ends(m, f);
      return (Loc){ f->src, s->decl->loc.start, ends[s->file][k] };
    }
  return (Loc){ s->decl->loc.src, s->decl->loc.start, s->decl->loc.end };
}

static void spans(DocModel *m) {
  const Program *p = m->p;
  uint32_t **ends = ZAN_NEWN(uint32_t *, m->q->nfiles + 1);
  m->rule_src = ZAN_NEWN(Loc, p->nrules + 1);
  m->output_src = ZAN_NEWN(Loc, p->noutputs + 1);
  m->param_src = ZAN_NEWN(Loc, p->nparams + 1);
  for (int r = 0; r < p->nrules; r++)
    m->rule_src[r] = decl_span(m, ends, QK_RULE, p->rules[r].name, p->rules[r].loc);
  for (int o = 0; o < p->noutputs; o++)
    m->output_src[o] = decl_span(m, ends, QK_OUTPUT, p->outputs[o].name, p->outputs[o].loc);
  for (int i = 0; i < p->nparams; i++)
    m->param_src[i] = decl_span(m, ends, QK_PARAM, p->params[i].name, p->params[i].loc);
}

/* Anchors of fact leaves by their declared names (what the source names them by). */
static void fact_anchors(DocModel *m, const IrFact *g, const char *prefix) {
  for (int i = 0; i < g->n; i++) {
    const IrFact *f = g->children[i];
    const char *path = *prefix ? zan_sprintf("%s.%s", prefix, f->name) : f->name;
    if (f->type && f->slot >= 0 && f->slot < m->p->nslots)
      m->fact_anchor[f->slot] = zan_sprintf("f-%s", doc_slug(path));
    else fact_anchors(m, f, path);
  }
}

const QToken *doc_tokens(const DocModel *m, const Source *src, int *n) {
  for (int i = 0; i < m->nfiles; i++)
    if (m->toks[i].src == src) {
      *n = m->toks[i].n;
      return m->toks[i].t;
    }
  return query_tokens(src, n);
}

static int cmp_refs(const void *x, const void *y) {
  const QRef *a = *(const QRef *const *)x, *b = *(const QRef *const *)y;
  if (a->loc.src != b->loc.src) return (uintptr_t)a->loc.src < (uintptr_t)b->loc.src ? -1 : 1;
  if (a->loc.start != b->loc.start) return a->loc.start < b->loc.start ? -1 : 1;
  return (a->loc.end > b->loc.end) - (a->loc.end < b->loc.end); /* the narrowest first */
}

DocModel *doc_model(const Program *p, File **files, int nfiles, const TestReport *t, Lang lang) {
  DocModel *m = ZAN_NEW(DocModel);
  m->p = p;
  m->lang = lang;
  m->tests = t;
  m->q = query_build(files, nfiles, NULL);
  m->nfiles = nfiles;
  m->toks = ZAN_NEWN(struct DocToks, nfiles + 1);
  for (int i = 0; i < nfiles; i++) {
    m->toks[i].src = files[i]->src;
    if (files[i]->src) m->toks[i].t = query_tokens(files[i]->src, &m->toks[i].n);
  }
  m->nrefs = m->q->refs.n;
  m->refs = ZAN_NEWN(const QRef *, m->nrefs + 1);
  for (int i = 0; i < m->nrefs; i++) m->refs[i] = m->q->refs.items[i];
  if (m->nrefs > 1) qsort(m->refs, (size_t)m->nrefs, sizeof *m->refs, cmp_refs);
  read_statutes(m, files, nfiles);
  for (int s = 0; s < m->nstatutes; s++) cover_statute(m, &m->statutes[s]);
  make_groups(m);
  relations(m);
  spans(m);
  m->fact_anchor = ZAN_NEWN(const char *, p->nslots + 1);
  if (p->facts) fact_anchors(m, p->facts, "");
  for (int i = 0; i < p->nslots; i++)
    if (!m->fact_anchor[i]) m->fact_anchor[i] = zan_sprintf("f-%s", doc_slug(p->slots[i]->path));
  return m;
}
