/* check_names.c — scopes: the built-in outer scope, each module's top-level names, imports,
 * duplicates (with a note at the first definition) and "unknown name" hints. */
#include <string.h>
#include <stdint.h>
#include "check.h"
#include "base/alloc.h"

/* --- name tables ------------------------------------------------------------------- */

static uint32_t sym_hash(const char *s) {
  uint32_t h = 2166136261u;
  for (; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
  return h;
}

/* With the name's hash already known: a lookup goes through a module and all its imports. */
static Sym *symtab_get_h(const SymTab *t, const char *name, uint32_t h) {
  if (!t->cap) return NULL;
  uint32_t i = h & (uint32_t)(t->cap - 1);
  for (;;) {
    Sym *s = t->slots[i];
    if (!s) return NULL;
    if (s->name[0] == name[0] && strcmp(s->name, name) == 0) return s;
    i = (i + 1) & (uint32_t)(t->cap - 1);
  }
}

Sym *symtab_get(const SymTab *t, const char *name) {
  if (!t->cap || !name) return NULL;
  uint32_t i = sym_hash(name) & (uint32_t)(t->cap - 1);
  for (;;) {
    Sym *s = t->slots[i];
    if (!s) return NULL;
    if (strcmp(s->name, name) == 0) return s;
    i = (i + 1) & (uint32_t)(t->cap - 1);
  }
}

/* Inserts s, replacing an entry of the same name (callers check for duplicates first). */
void symtab_put(SymTab *t, Sym *s) {
  if ((t->n + 1) * 2 > t->cap) {
    int ncap = t->cap ? t->cap * 2 : 16;
    Sym **old = t->slots; int ocap = t->cap;
    t->slots = ZAN_NEWN(Sym *, ncap); t->cap = ncap; t->n = 0;
    for (int k = 0; k < ocap; k++) if (old[k]) symtab_put(t, old[k]);
  }
  uint32_t i = sym_hash(s->name) & (uint32_t)(t->cap - 1);
  while (t->slots[i]) {
    if (strcmp(t->slots[i]->name, s->name) == 0) { t->slots[i] = s; return; }
    i = (i + 1) & (uint32_t)(t->cap - 1);
  }
  t->slots[i] = s; t->n++;
}

static Sym *sym_new(SymKind k, const char *name, Node *decl, int m, Loc loc) {
  Sym *s = ZAN_NEW(Sym);
  s->kind = k; s->name = name; s->decl = decl; s->module = m; s->loc = loc; s->index = -1;
  s->type = &type_error;
  return s;
}

/* --- the outer scope --------------------------------------------------------------- */

static void add_builtins(Checker *ck) {
  static const struct { const char *name; Type *t; } types[] = {
    {"bool", &type_bool}, {"int", &type_int}, {"decimal", &type_dec}, {"text", &type_text},
    {"date", &type_date}, {"duration", &type_dur}};
  for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
    Sym *s = sym_new(SYM_BUILTIN_TYPE, types[i].name, NULL, -1, (Loc){0});
    s->type = types[i].t;
    symtab_put(&ck->builtins, s);
  }
  for (int b = 0; b < BUILTIN_N; b++) {       /* one name per function, at its first row */
    if (symtab_get(&ck->builtins, builtin_info[b].name)) continue;
    Sym *s = sym_new(SYM_BUILTIN_FN, builtin_info[b].name, NULL, -1, (Loc){0});
    s->index = b;
    symtab_put(&ck->builtins, s);
  }
  Sym *s = sym_new(SYM_ASOF, "as_of", NULL, -1, (Loc){0});
  s->type = &type_date;
  symtab_put(&ck->builtins, s);
}

/* --- declarations ------------------------------------------------------------------ */

static void report_dup(Checker *ck, Loc here, Loc first, const char *name) {
  Diag *g = diag_report(ck->d, DIAG_ERROR, here, E_DUPLICATE, name);
  if (g && first.src) diag_add_note(ck->d, g, first, N_FIRST_DEFINED_HERE);
}

static Sym *declare(Checker *ck, int m, SymKind k, Name name, Node *decl) {
  if (!name.text) return NULL;
  Sym *old = symtab_get(&ck->scopes[m], name.text);
  if (old) { report_dup(ck, name.loc, old->loc, name.text); return NULL; }
  /* Outputs, rules and top-level facts appear in decisions, explanations and the fact
   * file, so their names are unique across the whole policy, not only within a module. */
  if (k == SYM_OUTPUT || k == SYM_RULE || k == SYM_FACT) {
    Sym *g = symtab_get(&ck->global, name.text);
    if (g) { report_dup(ck, name.loc, g->loc, name.text); return NULL; }
  }
  Sym *s = sym_new(k, name.text, decl, m, name.loc);
  symtab_put(&ck->scopes[m], s);
  ck->ndeclared++;
  if (k == SYM_OUTPUT || k == SYM_RULE || k == SYM_FACT) symtab_put(&ck->global, s);
  return s;
}

void check_names(Checker *ck) {
  add_builtins(ck);
  ck->scopes = ZAN_NEWN(SymTab, ck->nmods);
  ck->policy_mod = -1;
  for (int m = 0; m < ck->nmods; m++) {
    File *f = ck->mods[m].file;
    if (f->module.text && f->src && f->src->path) {
      const char *stem = source_stem(f->src->path);
      const char *want = ck->mods[m].is_std && strncmp(ck->mods[m].name, "std.", 4) == 0
                         ? ck->mods[m].name + 4 : stem;
      if (strcmp(f->module.text, want) != 0 && strcmp(f->module.text, stem) != 0)
        diag_report(ck->d, DIAG_ERROR, f->module.loc, E_MODULE_NAME, f->module.text, stem);
    }
    for (int i = 0; i < f->decls.n; i++) {
      Node *n = f->decls.items[i];
      Sym *s = NULL;
      switch (n->kind) {
      case N_POLICY:
        if (ck->mods[m].is_std) { diag_report(ck->d, DIAG_ERROR, n->as.policy.name.loc, E_POLICY_IN_STD); break; }
        if (ck->policy) {
          Diag *g = diag_report(ck->d, DIAG_ERROR, n->as.policy.name.loc, E_POLICY_TWICE);
          if (g) diag_add_note(ck->d, g, ck->policy->as.policy.name.loc, N_FIRST_DEFINED_HERE);
        } else { ck->policy = n; ck->policy_mod = m; }
        break;
      case N_ARTICLE: {
        if (!n->as.article.id) break;
        Sym *old = symtab_get(&ck->articles, n->as.article.id);
        if (old) {
          Diag *g = diag_report(ck->d, DIAG_ERROR, n->as.article.id_loc, E_DUPLICATE_ARTICLE, n->as.article.id);
          if (g) diag_add_note(ck->d, g, old->loc, N_FIRST_DEFINED_HERE);
          break;
        }
        Sym *a = sym_new(SYM_CONST, n->as.article.id, n, m, n->as.article.id_loc);
        a->index = ck->art_nodes.n;
        vec_push(&ck->art_nodes, n); vec_push(&ck->art_mods, (void *)(intptr_t)m);
        symtab_put(&ck->articles, a);
        break;
      }
      case N_ENUM:      s = declare(ck, m, SYM_ENUM, n->as.enm.name, n); break;
      case N_TYPEDEF:   s = declare(ck, m, SYM_TYPE, n->as.typedef_.name, n); break;
      case N_FACT:
        s = declare(ck, m, SYM_FACT, n->as.fact.name, n);
        if (s) vec_push(&ck->fact_syms, s);
        break;
      case N_OUTPUT:
        s = declare(ck, m, SYM_OUTPUT, n->as.output.name, n);
        if (s) { s->index = ck->out_syms.n; vec_push(&ck->out_syms, s); }
        break;
      case N_RULE:
        s = declare(ck, m, SYM_RULE, n->as.rule.name, n);
        if (s) { s->index = ck->rule_syms.n; vec_push(&ck->rule_syms, s); }
        break;
      case N_FN:
        s = declare(ck, m, SYM_FN, n->as.fn.name, n);
        if (s) { s->index = ck->fn_syms.n; vec_push(&ck->fn_syms, s); }
        break;
      case N_CONST:
        s = declare(ck, m, SYM_CONST, n->as.cnst.name, n);
        if (s) vec_push(&ck->const_syms, s);
        break;
      case N_PARAMETER:
        s = declare(ck, m, SYM_PARAM, n->as.param.name, n);
        if (s) { s->index = ck->param_syms.n; vec_push(&ck->param_syms, s); }
        break;
      case N_TEST:
        vec_push(&ck->tests, n); vec_push(&ck->test_mods, (void *)(intptr_t)m);
        break;
      default: break;   /* N_ERROR: the parser reported it */
      }
    }
  }
  /* No header: an error, unless the caller accepts a library (zan test, zan check). The
   * standard library's own folder is all std modules, and still no policy. */
  if (!ck->policy && !ck->library_ok && ck->nmods > 0) {
    Loc at = {0};
    for (int m = 0; m < ck->nmods && !at.src; m++)
      if (!ck->mods[m].is_std && ck->mods[m].file->src) at.src = ck->mods[m].file->src;
    if (!at.src) at.src = ck->mods[0].file->src;
    Diag *g = check_report_echo(ck, NULL, at, E_NO_POLICY, NULL, NULL, NULL);   /* the header may be lost text */
    if (g) diag_add_note(ck->d, g, (Loc){0}, N_NO_POLICY_LIBRARY);
  }
}

/* --- lookup -------------------------------------------------------------------------- */

/* Module m's imported names, merged (see Checker.visible). */
static const SymTab *visible_of(Checker *ck, int m) {
  if (!ck->visible) {
    ck->visible = ZAN_NEWN(SymTab, ck->nmods);
    ck->visible_n = ZAN_NEWN(int, ck->nmods);
  }
  const CheckModule *cm = &ck->mods[m];
  SymTab *v = &ck->visible[m];
  /* scopes only grow (declare): built when the policy had as many names, it is still right */
  int total = ck->ndeclared;
  if (v->slots && ck->visible_n[m] == total) return v;
  memset(v, 0, sizeof *v);
  for (int i = 0; i < cm->nimports; i++) {
    int im = cm->imports[i];
    if (im < 0 || im == m) continue;
    const SymTab *t = &ck->scopes[im];
    for (int k = 0; k < t->cap; k++) {
      Sym *s = t->slots[k];
      if (!s) continue;
      Sym *cur = symtab_get_h(v, s->name, sym_hash(s->name));
      if (!cur) symtab_put(v, s);
      else if (cur != s && cur->module != -2) {
        Sym *mark = ZAN_NEW(Sym);
        mark->name = s->name;
        mark->module = -2;
        symtab_put(v, mark);   /* replaces cur: same name */
      }
    }
  }
  ck->visible_n[m] = total;
  return v;
}

Sym *check_lookup(Checker *ck, int m, const char *name, Loc loc, bool *ambiguous) {
  if (ambiguous) *ambiguous = false;
  if (!name) return NULL;
  uint32_t h = sym_hash(name);
  if (m >= 0) {
    Sym *s = symtab_get_h(&ck->scopes[m], name, h);
    if (s) return s;
    Sym *v = symtab_get_h(visible_of(ck, m), name, h);
    if (!v) return symtab_get_h(&ck->builtins, name, h);
    if (v->module != -2) return v;
    /* two imports declare it: the loop below finds them and reports */
    Sym *found = NULL; int found_mod = -1;
    const CheckModule *cm = &ck->mods[m];
    for (int i = 0; i < cm->nimports; i++) {
      int im = cm->imports[i];
      if (im < 0 || im == m) continue;
      Sym *t = symtab_get_h(&ck->scopes[im], name, h);
      if (!t || t == found) continue;
      if (found) {
        if (ambiguous) *ambiguous = true;
        if (loc.src) {
          Diag *g = diag_report(ck->d, DIAG_ERROR, loc, E_AMBIGUOUS_NAME, name,
                                ck->mods[found_mod].name, ck->mods[im].name);
          if (g) { diag_add_note(ck->d, g, found->loc, N_DEFINED_HERE);
                   diag_add_note(ck->d, g, t->loc, N_DEFINED_HERE); }
        }
        return NULL;
      }
      found = t; found_mod = im;
    }
    if (found) return found;
  }
  return symtab_get_h(&ck->builtins, name, h);
}

/* Typo distance over bytes: insertions, deletions, substitutions and swaps of two
 * neighbouring letters each count one (optimal string alignment), so `hihg` is one
 * step from `high`. Capped: names are short. */
int check_edit_distance(const char *a, const char *b) {
  size_t la = strlen(a), lb = strlen(b);
  if (la > 64 || lb > 64) return 99;
  int d[65][65];
  for (size_t i = 0; i <= la; i++) d[i][0] = (int)i;
  for (size_t j = 0; j <= lb; j++) d[0][j] = (int)j;
  for (size_t i = 1; i <= la; i++)
    for (size_t j = 1; j <= lb; j++) {
      int c = d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);
      if (d[i - 1][j] + 1 < c) c = d[i - 1][j] + 1;
      if (d[i][j - 1] + 1 < c) c = d[i][j - 1] + 1;
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && d[i - 2][j - 2] + 1 < c)
        c = d[i - 2][j - 2] + 1;
      d[i][j] = c;
    }
  return d[la][lb];
}

/* Close enough to be a typo of a name of n bytes: at most a third of it (1 to 3 edits),
 * and never the whole name. */
bool check_is_typo(int distance, size_t n) {
  int limit = (int)n / 3;
  if (limit < 1) limit = 1;
  if (limit > 3) limit = 3;
  return distance <= limit && distance < (int)n;
}

static void closest_in(const SymTab *t, const char *name, unsigned kinds, const char **best, int *bestd) {
  for (int i = 0; i < t->cap; i++) {
    Sym *s = t->slots[i];
    if (!s || !(kinds & (1u << s->kind))) continue;
    int dd = check_edit_distance(name, s->name);
    if (dd < *bestd || (dd == *bestd && *best && strcmp(s->name, *best) < 0)) { *bestd = dd; *best = s->name; }
  }
}

const char *check_closest(Checker *ck, int m, const char *name, unsigned kinds) {
  const char *best = NULL;
  int bestd = 99;
  if (m >= 0) {
    closest_in(&ck->scopes[m], name, kinds, &best, &bestd);
    for (int i = 0; i < ck->mods[m].nimports; i++)
      if (ck->mods[m].imports[i] >= 0) closest_in(&ck->scopes[ck->mods[m].imports[i]], name, kinds, &best, &bestd);
  }
  closest_in(&ck->builtins, name, kinds, &best, &bestd);
  return best && check_is_typo(bestd, strlen(name)) ? best : NULL;
}

void check_unknown_name(Checker *ck, int m, const char *name, unsigned kinds, Loc loc, MsgId plain, MsgId hint) {
  const char *c = check_closest(ck, m, name, kinds);
  check_report_echo(ck, NULL, loc, c ? hint : plain, name, c, NULL);
}
