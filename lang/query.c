/* query.c — the names of a policy as written (query.h): declarations from the parsed files,
 * then every use, resolved the way the checker resolves them, without types or the checker. */
#include <string.h>
#include "query.h"
#include "base/alloc.h"

/* Names to symbols: open addressing on the name; one name may hold several symbols (a rule
 * and an output may share one; members of different enums). */
typedef struct QMap { QSym **slots; int cap, n; } QMap;

static uint32_t hash(const char *s) {
  uint32_t h = 2166136261u;
  for (; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
  return h;
}

static void map_put(QMap *m, QSym *s) {
  if ((m->n + 1) * 2 > m->cap) {
    QMap g = { ZAN_NEWN(QSym *, m->cap ? m->cap * 2 : 256), m->cap ? m->cap * 2 : 256, 0 };
    for (int i = 0; i < m->cap; i++) if (m->slots[i]) map_put(&g, m->slots[i]);
    *m = g;
  }
  uint32_t i = hash(s->name) & (uint32_t)(m->cap - 1);
  while (m->slots[i]) i = (i + 1) & (uint32_t)(m->cap - 1);
  m->slots[i] = s;
  m->n++;
}

/* The first symbol named name whose kind is in mask (1u << QueryKind); enum_name: for members,
 * the enum it must belong to (NULL: any, but only when just one enum has it). */
static QSym *map_get(const QMap *m, const char *name, unsigned mask, const char *enum_name) {
  if (!m->cap || !name) return NULL;
  QSym *found = NULL;
  for (uint32_t i = hash(name) & (uint32_t)(m->cap - 1); m->slots[i]; i = (i + 1) & (uint32_t)(m->cap - 1)) {
    QSym *s = m->slots[i];
    if (!(mask & (1u << s->kind)) || strcmp(s->name, name) != 0) continue;
    if (s->kind == QK_MEMBER) {
      if (enum_name && strcmp(s->decl->as.enm.name.text ? s->decl->as.enm.name.text : "", enum_name) != 0) continue;
      if (!enum_name && found) return NULL;       /* ambiguous without the enum */
      found = s;
      if (enum_name) return s;
      continue;
    }
    return s;
  }
  return found;
}

#define M(k) (1u << (k))
#define VALUES (M(QK_OUTPUT) | M(QK_CONST) | M(QK_PARAM))
#define TYPES  (M(QK_ENUM) | M(QK_TYPE))

typedef struct W {
  QueryIndex *q;
  QMap        map;
  int         file;
  Vec         locals;     /* QSym* in scope, innermost last */
} W;

static QSym *declare(W *w, QueryKind k, const char *name, Loc loc, Node *decl) {
  if (!name) return NULL;
  QSym *s = ZAN_NEW(QSym);
  s->kind = k; s->name = name; s->loc = loc; s->decl = decl; s->file = w->file;
  vec_push(&w->q->syms, s);
  if (k != QK_LOCAL) map_put(&w->map, s);
  return s;
}

static void ref(W *w, QSym *s, Loc loc, bool is_decl) {
  if (!s || !loc.src) return;
  QRef *r = ZAN_NEW(QRef);
  r->sym = s; r->loc = loc; r->is_decl = is_decl;
  vec_push(&w->q->refs, r);
}

static void declare_fact(W *w, Node *f, const char *prefix) {
  if (!f || f->kind != N_FACT || !f->as.fact.name.text) return;
  const char *path = prefix ? zan_sprintf("%s.%s", prefix, f->as.fact.name.text) : f->as.fact.name.text;
  ref(w, declare(w, QK_FACT, path, f->as.fact.name.loc, f), f->as.fact.name.loc, true);
  for (int i = 0; i < f->as.fact.children.n; i++) declare_fact(w, f->as.fact.children.items[i], path);
}

static void declare_all(W *w, File *f) {
  for (int i = 0; i < f->decls.n; i++) {
    Node *n = f->decls.items[i];
    QSym *s = NULL;
    Loc at = { 0 };
    switch (n->kind) {
    case N_FACT: declare_fact(w, n, NULL); break;
    case N_OUTPUT: at = n->as.output.name.loc; s = declare(w, QK_OUTPUT, n->as.output.name.text, at, n); break;
    case N_RULE: at = n->as.rule.name.loc; s = declare(w, QK_RULE, n->as.rule.name.text, at, n); break;
    case N_TYPEDEF: at = n->as.typedef_.name.loc; s = declare(w, QK_TYPE, n->as.typedef_.name.text, at, n); break;
    case N_FN: at = n->as.fn.name.loc; s = declare(w, QK_FN, n->as.fn.name.text, at, n); break;
    case N_CONST: at = n->as.cnst.name.loc; s = declare(w, QK_CONST, n->as.cnst.name.text, at, n); break;
    case N_PARAMETER: at = n->as.param.name.loc; s = declare(w, QK_PARAM, n->as.param.name.text, at, n); break;
    case N_ARTICLE: at = n->as.article.id_loc; s = declare(w, QK_ARTICLE, n->as.article.id, at, n); break;
    case N_ENUM:
      at = n->as.enm.name.loc; s = declare(w, QK_ENUM, n->as.enm.name.text, at, n);
      for (int k = 0; k < n->as.enm.n; k++) {
        Name mn = n->as.enm.members[k].name;
        QSym *ms = declare(w, QK_MEMBER, mn.text, mn.loc, n);
        if (ms) { ms->member = k; ref(w, ms, mn.loc, true); }
      }
      break;
    default: break;
    }
    if (s) ref(w, s, at, true);
  }
}

static QSym *local_get(W *w, const char *name) {
  for (int i = w->locals.n - 1; i >= 0; i--) {
    QSym *s = w->locals.items[i];
    if (name && strcmp(s->name, name) == 0) return s;
  }
  return NULL;
}

static void walk(W *w, Node *e);

static void walk_type(W *w, Node *t) {
  if (!t) return;
  switch (t->kind) {
  case N_TYPE_NAME: ref(w, map_get(&w->map, t->as.tname.name.text, TYPES, NULL), t->as.tname.name.loc, false); break;
  case N_TYPE_SET: case N_TYPE_LIST: walk_type(w, t->as.telem.elem); break;
  case N_TYPE_RECORD:
    for (int i = 0; i < t->as.trec.fields.n; i++) {
      Node *fl = t->as.trec.fields.items[i];
      if (fl && fl->kind == N_FIELD) walk_type(w, fl->as.field.type);
    }
    break;
  default: break;
  }
}

/* a.b.c: a fact path (each segment), Enum.member, or an expression with record fields. */
static void walk_access(W *w, Node *e) {
  Node *chain[64];
  int n = 0;
  Node *root = e;
  while (root && root->kind == N_FIELD_ACCESS && n < 64) { chain[n++] = root; root = root->as.access.expr; }
  if (root && root->kind == N_NAME && !local_get(w, root->as.name.name.text)) {
    const char *path = root->as.name.name.text;
    QSym *s = map_get(&w->map, path, M(QK_FACT), NULL);
    if (s) {
      ref(w, s, root->as.name.name.loc, false);
      for (int i = n - 1; i >= 0 && s; i--) {
        Name fld = chain[i]->as.access.field;
        if (!fld.text) return;
        path = zan_sprintf("%s.%s", path, fld.text);
        s = map_get(&w->map, path, M(QK_FACT), NULL);
        ref(w, s, fld.loc, false);
      }
      return;
    }
    QSym *en = map_get(&w->map, path, TYPES, NULL);
    if (en && n == 1) {
      ref(w, en, root->as.name.name.loc, false);
      ref(w, map_get(&w->map, chain[0]->as.access.field.text, M(QK_MEMBER), path), chain[0]->as.access.field.loc, false);
      return;
    }
  }
  walk(w, root);
}

static void walk(W *w, Node *e) {
  if (!e) return;
  switch (e->kind) {
  case N_NAME: {
    const char *nm = e->as.name.name.text;
    QSym *s = local_get(w, nm);
    if (!s) s = map_get(&w->map, nm, VALUES | M(QK_FACT) | M(QK_FN) | TYPES, NULL);
    if (!s) s = map_get(&w->map, nm, M(QK_MEMBER), NULL);
    ref(w, s, e->as.name.name.loc, false);
    break;
  }
  case N_FIELD_ACCESS: walk_access(w, e); break;
  case N_CALL:
    walk(w, e->as.call.callee);
    for (int i = 0; i < e->as.call.args.n; i++) walk(w, e->as.call.args.items[i]);
    break;
  case N_UNARY: walk(w, e->as.unary.e); break;
  case N_BINARY: walk(w, e->as.binary.l); walk(w, e->as.binary.r); break;
  case N_IF: walk(w, e->as.ifx.cond); walk(w, e->as.ifx.then_); walk(w, e->as.ifx.else_); break;
  case N_MATCH:
    walk(w, e->as.match.scrutinee);
    for (int i = 0; i < e->as.match.arms.n; i++) {
      Node *a = e->as.match.arms.items[i];
      if (!a || a->kind != N_ARM) continue;
      for (int k = 0; k < a->as.arm.npatterns; k++)
        ref(w, map_get(&w->map, a->as.arm.patterns[k].text, M(QK_MEMBER), NULL), a->as.arm.patterns[k].loc, false);
      walk(w, a->as.arm.body);
    }
    break;
  case N_QUANT: {
    walk(w, e->as.quant.coll);
    QSym *v = declare(w, QK_LOCAL, e->as.quant.var.text, e->as.quant.var.loc, e);
    if (v) { ref(w, v, v->loc, true); vec_push(&w->locals, v); }
    walk(w, e->as.quant.body);
    if (v) w->locals.n--;
    break;
  }
  case N_SET_LIT: case N_LIST_LIT:
    for (int i = 0; i < e->as.items.n; i++) walk(w, e->as.items.items[i]);
    break;
  default: break;
  }
}

static void walk_cites(W *w, int n, const char **ids, const Loc *locs) {
  for (int i = 0; i < n; i++) ref(w, map_get(&w->map, ids[i], M(QK_ARTICLE), NULL), locs[i], false);
}

/* {fact.path} and {output} placeholders in the literals of a Texts block, found in the source
 * bytes (so that the location is exact). */
static void walk_placeholders(W *w, const Texts *t) {
  if (!t) return;
  for (int i = 0; i < t->n; i++) {
    Loc l = t->items[i].loc;
    if (!l.src) continue;
    const char *s = l.src->text;
    for (uint32_t k = l.start; k < l.end; k++) {
      if (s[k] != '{') continue;
      uint32_t j = k + 1;
      while (j < l.end && s[j] != '}' && s[j] != '{' && s[j] != '"') j++;
      if (j >= l.end || s[j] != '}') continue;
      /* each segment of the path, as in a.b.c */
      const char *path = NULL;
      for (uint32_t a = k + 1; a < j;) {
        uint32_t b = a;
        while (b < j && s[b] != '.') b++;
        char *seg = zan_strndup(s + a, b - a);
        path = path ? zan_sprintf("%s.%s", path, seg) : seg;
        QSym *sym = map_get(&w->map, path, M(QK_FACT), NULL);
        if (!sym && a == k + 1 && b == j) sym = map_get(&w->map, path, VALUES, NULL);
        ref(w, sym, (Loc){ l.src, a, b }, false);
        a = b + 1;
      }
      k = j;
    }
  }
}

static void walk_file(W *w, File *f) {
  for (int k = 0; k < f->nimports; k++)
    ref(w, (QSym *)query_find(w->q, QK_MODULE, f->imports[k].text), f->imports[k].loc, false);
  for (int i = 0; i < f->decls.n; i++) {
    Node *n = f->decls.items[i];
    switch (n->kind) {
    case N_POLICY: walk(w, n->as.policy.subject); walk(w, n->as.policy.as_of); break;
    case N_FACT: {
      /* the types of every leaf below */
      Vec st = { 0 };
      vec_push(&st, n);
      while (st.n) {
        Node *f2 = st.items[--st.n];
        if (!f2 || f2->kind != N_FACT) continue;
        walk_type(w, f2->as.fact.type);
        for (int c = 0; c < f2->as.fact.children.n; c++) vec_push(&st, f2->as.fact.children.items[c]);
      }
      break;
    }
    case N_OUTPUT:
      walk_type(w, n->as.output.type);
      walk(w, n->as.output.dflt);
      /* `unmet when F intersects FN`: an output and a function */
      ref(w, map_get(&w->map, n->as.output.unmet_findings.text, M(QK_OUTPUT), NULL),
          n->as.output.unmet_findings.loc, false);
      ref(w, map_get(&w->map, n->as.output.unmet_fn.text, M(QK_FN), NULL), n->as.output.unmet_fn.loc, false);
      break;
    case N_RULE:
      if (n->as.rule.to_all)   /* `to all OUT` names an output; `to r1, r2` rules */
        ref(w, map_get(&w->map, n->as.rule.base.text, M(QK_OUTPUT), NULL), n->as.rule.base.loc, false);
      else
        for (int b = 0; b < n->as.rule.nbases; b++)
          ref(w, map_get(&w->map, n->as.rule.bases[b].text, M(QK_RULE), NULL), n->as.rule.bases[b].loc, false);
      walk_cites(w, n->as.rule.ncites, n->as.rule.cites, n->as.rule.cite_locs);
      walk(w, n->as.rule.when);
      ref(w, map_get(&w->map, n->as.rule.target.text, M(QK_OUTPUT), NULL), n->as.rule.target.loc, false);
      walk(w, n->as.rule.value);
      walk_placeholders(w, n->as.rule.explain);
      break;
    case N_TYPEDEF: walk_type(w, n->as.typedef_.type); break;
    case N_FN: {
      int before = w->locals.n;
      for (int p = 0; p < n->as.fn.params.n; p++) {
        Node *pf = n->as.fn.params.items[p];
        if (!pf || pf->kind != N_FIELD) continue;
        walk_type(w, pf->as.field.type);
        QSym *v = declare(w, QK_LOCAL, pf->as.field.name.text, pf->as.field.name.loc, pf);
        if (v) { ref(w, v, v->loc, true); vec_push(&w->locals, v); }
      }
      walk_type(w, n->as.fn.ret);
      walk(w, n->as.fn.body);
      w->locals.n = before;
      break;
    }
    case N_CONST: walk_type(w, n->as.cnst.type); walk(w, n->as.cnst.value); break;
    case N_PARAMETER:
      walk_type(w, n->as.param.type);
      walk_cites(w, n->as.param.ncites, n->as.param.cites, n->as.param.cite_locs);
      for (int k = 0; k < n->as.param.n; k++) walk(w, n->as.param.values[k]);
      break;
    case N_TEST:
      for (int k = 0; k < n->as.test.given_paths.n; k++) {
        walk(w, n->as.test.given_paths.items[k]);
        walk(w, n->as.test.given_values.items[k]);
      }
      for (int k = 0; k < n->as.test.expects.n; k++) {
        walk(w, n->as.test.expects.items[k]);
        walk(w, n->as.test.expect_arg[k]);    /* `needs {paths}`, `at least V` */
      }
      break;
    default: break;
    }
  }
}

static const char *file_stem(const File *f) {
  const char *p = f->src && f->src->path ? f->src->path : "";
  const char *b = strrchr(p, '/');
  b = b ? b + 1 : p;
  size_t n = strlen(b);
  return n > 4 && strcmp(b + n - 4, ".zan") == 0 ? zan_strndup(b, n - 4) : b;
}

QueryIndex *query_build(File **files, int nfiles, const char *const *names) {
  QueryIndex *q = ZAN_NEW(QueryIndex);
  q->files = files; q->nfiles = nfiles;
  W w = { q, { 0 }, 0, { 0 } };
  for (int i = 0; i < nfiles; i++) {
    w.file = i;
    File *f = files[i];
    Loc at = f->module.text ? f->module.loc : (Loc){ f->src, 0, 0 };
    QSym *m = declare(&w, QK_MODULE, names && names[i] ? names[i] : file_stem(f), at, NULL);
    if (m && f->module.text) ref(&w, m, at, true);
    declare_all(&w, f);
  }
  for (int i = 0; i < nfiles; i++) { w.file = i; w.locals.n = 0; walk_file(&w, files[i]); }
  return q;
}

const QRef *query_at(const QueryIndex *q, const Source *src, uint32_t off) {
  const QRef *best = NULL;
  for (int i = 0; i < q->refs.n; i++) {
    const QRef *r = q->refs.items[i];
    if (r->loc.src != src || off < r->loc.start || off > r->loc.end) continue;
    if (!best || r->loc.end - r->loc.start < best->loc.end - best->loc.start) best = r;
  }
  return best;
}

void query_refs(const QueryIndex *q, const QSym *s, Vec *out) {
  for (int pass = 0; pass < 2; pass++)
    for (int i = 0; i < q->refs.n; i++) {
      QRef *r = q->refs.items[i];
      if (r->sym == s && r->is_decl == (pass == 0)) vec_push(out, r);
    }
}

const QSym *query_find(const QueryIndex *q, QueryKind kind, const char *name) {
  if (!name) return NULL;
  for (int i = 0; i < q->syms.n; i++) {
    const QSym *s = q->syms.items[i];
    if (s->kind == kind && kind != QK_LOCAL && strcmp(s->name, name) == 0) return s;
  }
  return NULL;
}

int query_file_of(const QueryIndex *q, const Source *src) {
  for (int i = 0; i < q->nfiles; i++) if (q->files[i]->src == src) return i;
  return -1;
}

const char *query_kind_name(QueryKind k) {
  static const char *const names[] = { "fact", "output", "rule", "enum", "member", "type", "function",
                                       "const", "parameter", "article", "module", "local" };
  return (unsigned)k < sizeof names / sizeof names[0] ? names[k] : "?";
}
