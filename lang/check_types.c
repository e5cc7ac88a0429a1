/* check_types.c — types of declarations (enums, records, type aliases, facts, outputs, functions,
 * constants, parameters), then each declaration's expressions handed to the elaborator
 * (check_elab.c) with the type they must have. */
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include "check.h"
#include "check_elab.h"
#include "base/alloc.h"

/* ---- types ------------------------------------------------------------------------- */

const Type *check_type_expr(Checker *ck, int m, Node *t) {
  if (!t) return &type_error;
  switch (t->kind) {
  case N_TYPE_NAME: {
    const char *name = t->as.tname.name.text;
    if (!name) return &type_error;
    bool amb;
    Sym *s = check_lookup(ck, m, name, t->as.tname.name.loc, &amb);
    if (amb) return &type_error;
    if (!s) { check_unknown_name(ck, m, name, CK_TYPES, t->as.tname.name.loc, E_UNKNOWN_TYPE, E_UNKNOWN_TYPE_HINT); return &type_error; }
    if (s->kind == SYM_BUILTIN_TYPE) return s->type;
    if (s->kind == SYM_ENUM) return check_enum_type(ck, s);
    if (s->kind == SYM_TYPE) return check_typedef_type(ck, s);
    diag_report(ck->d, DIAG_ERROR, t->as.tname.name.loc, E_NOT_A_TYPE, name);
    return &type_error;
  }
  case N_TYPE_SET:  return type_set_of((Type *)check_type_expr(ck, m, t->as.telem.elem));
  case N_TYPE_LIST: return type_list_of((Type *)check_type_expr(ck, m, t->as.telem.elem));
  case N_TYPE_RECORD: {
    RecordType *r = ZAN_NEW(RecordType);
    r->loc = t->loc;
    r->fields = ZAN_NEWN(RecordField, t->as.trec.fields.n);
    for (int i = 0; i < t->as.trec.fields.n; i++) {
      Node *f = t->as.trec.fields.items[i];
      if (f->kind != N_FIELD || !f->as.field.name.text) continue;
      bool dup = false;
      for (int j = 0; j < r->n; j++)
        if (strcmp(r->fields[j].name, f->as.field.name.text) == 0) {
          Diag *g = diag_report(ck->d, DIAG_ERROR, f->as.field.name.loc, E_DUPLICATE_FIELD, f->as.field.name.text);
          if (g) diag_add_note(ck->d, g, r->fields[j].loc, N_FIRST_DEFINED_HERE);
          dup = true;
        }
      if (dup) continue;
      r->fields[r->n].name = f->as.field.name.text;
      r->fields[r->n].loc = f->as.field.name.loc;
      r->fields[r->n].type = (Type *)check_type_expr(ck, m, f->as.field.type);
      r->n++;
    }
    return type_record(r);
  }
  default: return &type_error;     /* N_ERROR */
  }
}

static int cmp_names(const void *a, const void *b, void *ctx) {
  const EnumType *e = ctx;
  return strcmp(e->members[*(const int *)a].name, e->members[*(const int *)b].name);
}

const Type *check_enum_type(Checker *ck, Sym *s) {
  if (s->state == SYM_RESOLVED) return s->type;
  s->state = SYM_RESOLVED;
  Node *n = s->decl;
  EnumType *e = ZAN_NEW(EnumType);
  e->name = s->name; e->loc = s->loc; e->ordered = n->as.enm.ordered;
  e->members = ZAN_NEWN(EnumMember, n->as.enm.n);
  for (int i = 0; i < n->as.enm.n; i++) {
    struct EnumMemberAst *ma = &n->as.enm.members[i];
    if (!ma->name.text) continue;
    int dup = enum_member_index(e, ma->name.text);
    if (dup >= 0) {
      Diag *g = diag_report(ck->d, DIAG_ERROR, ma->name.loc, E_DUPLICATE_MEMBER, ma->name.text, e->name);
      if (g) diag_add_note(ck->d, g, e->members[dup].loc, N_FIRST_DEFINED_HERE);
      continue;
    }
    e->members[e->n].name = ma->name.text;
    e->members[e->n].loc = ma->name.loc;
    e->members[e->n].label = ma->label;
    e->n++;
  }
  if (e->n == 0) diag_report(ck->d, DIAG_ERROR, s->loc, E_EMPTY_ENUM, e->name);
  /* name_rank: sets of enums are ordered by the members' identifiers in byte order. */
  int *order = ZAN_NEWN(int, e->n);
  for (int i = 0; i < e->n; i++) order[i] = i;
  qsort_r(order, (size_t)e->n, sizeof(int), cmp_names, e);
  e->name_rank = ZAN_NEWN(int, e->n);
  for (int r = 0; r < e->n; r++) e->name_rank[order[r]] = r;
  s->type = type_enum(e);
  vec_push(&ck->enums, e);
  return s->type;
}

const Type *check_typedef_type(Checker *ck, Sym *s) {
  if (s->state == SYM_RESOLVED) return s->type;
  if (s->state == SYM_IN_PROGRESS) {
    diag_report(ck->d, DIAG_ERROR, s->loc, E_TYPE_CYCLE, s->name);
    s->type = &type_error; s->state = SYM_RESOLVED;
    return s->type;
  }
  s->state = SYM_IN_PROGRESS;
  const Type *t = check_type_expr(ck, s->module, s->decl->as.typedef_.type);
  if (s->state == SYM_RESOLVED) return s->type;             /* a cycle was reported meanwhile */
  if (t->kind == T_RECORD && !t->as.rec->name) {
    t->as.rec->name = s->name;                   /* a named record type */
    t->as.rec->loc = s->loc;
  }
  s->type = t; s->state = SYM_RESOLVED;
  return t;
}

/* A leaf fact takes bool int decimal text date, an enum, or a set/list of those. */
static bool fact_type_ok(const Type *t) {
  switch (t->kind) {
  case T_ERROR: case T_BOOL: case T_INT: case T_DEC: case T_TEXT: case T_DATE: case T_ENUM: return true;
  case T_SET: case T_LIST: {
    TypeKind k = t->as.elem->kind;
    return k == T_ERROR || k == T_BOOL || k == T_INT || k == T_DEC || k == T_TEXT || k == T_DATE || k == T_ENUM;
  }
  default: return false;
  }
}

static IrFact *build_fact(Checker *ck, int m, Node *n, const char *parent_path) {
  IrFact *f = ZAN_NEW(IrFact);
  f->name = n->as.fact.name.text ? n->as.fact.name.text : "?";
  f->key = n->as.fact.key ? n->as.fact.key : f->name;
  f->path = parent_path ? zan_sprintf("%s.%s", parent_path, f->key) : f->key;
  f->label = n->as.fact.label; f->ask = n->as.fact.ask;
  f->loc = n->as.fact.name.text ? n->as.fact.name.loc : n->loc;
  if (n->as.fact.type) {
    f->type = check_type_expr(ck, m, n->as.fact.type);
    if (!fact_type_ok(f->type)) {
      /* in a group the parser recovered inside, the "fact" may be the next declaration */
      check_report_echo(ck, n, n->as.fact.type->loc, E_FACT_TYPE, f->name, type_name(f->type), NULL);
      f->type = &type_error;
    }
    f->slot = ck->nslots++;
    vec_push(&ck->slots, f);
    return f;
  }
  f->slot = -1;
  f->children = ZAN_NEWN(IrFact *, n->as.fact.children.n);
  for (int i = 0; i < n->as.fact.children.n; i++) {
    Node *c = n->as.fact.children.items[i];
    if (c->kind != N_FACT || !c->as.fact.name.text) continue;
    bool dup = false;
    const char *ckey = c->as.fact.key ? c->as.fact.key : c->as.fact.name.text;
    for (int j = 0; j < f->n; j++) {
      if (strcmp(f->children[j]->name, c->as.fact.name.text) == 0) {
        Diag *g = check_report_echo(ck, c, c->as.fact.name.loc, E_DUPLICATE, c->as.fact.name.text, NULL, NULL);
        if (g) diag_add_note(ck->d, g, f->children[j]->loc, N_FIRST_DEFINED_HERE);
        dup = true; break;
      }
      if (strcmp(f->children[j]->key, ckey) == 0) {
        Diag *g = check_report_echo(ck, c, c->as.fact.key_loc.src ? c->as.fact.key_loc : c->as.fact.name.loc,
                                    E_DUPLICATE_FACT_KEY, ckey, NULL, NULL);
        if (g) diag_add_note(ck->d, g, f->children[j]->loc, N_FIRST_DEFINED_HERE);
        dup = true; break;
      }
    }
    if (dup) continue;
    f->children[f->n++] = build_fact(ck, m, c, f->path);
  }
  return f;
}

/* ---- declarations ------------------------------------------------------------------------- */

static Combine combine_of(Checker *ck, Sym *s) {
  Node *n = s->decl;
  const char *c = n->as.output.combine.text;
  if (!c) return C_NONE;
  const Type *t = s->type;
  Combine k; const char *need; bool ok;
  if (strcmp(c, "union") == 0)    { k = C_UNION; need = msg_format(N_WORD_A_SET, ck->d->lang); ok = t->kind == T_SET; }
  else if (strcmp(c, "max") == 0) { k = C_MAX; need = msg_format(N_WORD_ORDERED_TYPE, ck->d->lang); ok = type_is_ordered(t); }
  else if (strcmp(c, "min") == 0) { k = C_MIN; need = msg_format(N_WORD_ORDERED_TYPE, ck->d->lang); ok = type_is_ordered(t); }
  else if (strcmp(c, "any") == 0) { k = C_ANY; need = "bool"; ok = t->kind == T_BOOL; }
  else if (strcmp(c, "all") == 0) { k = C_ALL; need = "bool"; ok = t->kind == T_BOOL; }
  else {
    diag_report(ck->d, DIAG_ERROR, n->as.output.combine.loc, E_BAD_COMBINE, c);
    return C_NONE;
  }
  if (!ok && !is_err(t))
    diag_report(ck->d, DIAG_ERROR, n->as.output.combine.loc, E_COMBINE_TYPE, c, need, s->name, type_name(t));
  return k;
}

/* `unit`, `rounding`, `as percent`: how a report shows the output's numbers. */
static IrRendering rendering_of(Checker *ck, Sym *s) {
  const Node *n = s->decl;
  IrRendering r = { .places = -1 };
  r.declared = n->as.output.unit || n->as.output.unit_texts || n->as.output.rounds || n->as.output.percent;
  if (!r.declared) return r;
  const Type *t = s->type;
  /* the first clause written names the problem */
  Loc first = n->as.output.unit_loc;
  const char *kw = "unit";
  if (n->as.output.rounds && (!first.src || n->as.output.places_loc.start < first.start)) {
    first = n->as.output.places_loc; kw = "rounding";
  }
  if (n->as.output.percent && (!first.src || n->as.output.percent_loc.start < first.start)) {
    first = n->as.output.percent_loc; kw = "as percent";
  }
  if (!is_err(t) && t->kind != T_INT && t->kind != T_DEC) {
    diag_report(ck->d, DIAG_ERROR, first, E_RENDER_NOT_NUMBER, check_keyword(ck, s->module, kw), s->name, type_name(t));
    r.declared = false;
    return r;
  }
  r.unit = n->as.output.unit;
  r.unit_texts = n->as.output.unit_texts;
  r.percent = n->as.output.percent;
  if (r.percent && t->kind == T_INT)
    diag_report(ck->d, DIAG_ERROR, n->as.output.percent_loc, E_RENDER_PERCENT_INT,
                check_keyword(ck, s->module, "as percent"), s->name);
  if (r.percent && (r.unit || r.unit_texts))
    diag_report(ck->d, DIAG_ERROR, n->as.output.unit_loc, E_RENDER_UNIT_PERCENT, s->name,
                check_keyword(ck, s->module, "as percent"), check_keyword(ck, s->module, "unit"));
  if (n->as.output.rounds) {
    const char *m = n->as.output.round_mode.text;
    if (n->as.output.places > DEC_MAX_PLACES)
      diag_report(ck->d, DIAG_ERROR, n->as.output.places_loc, E_ROUNDING_PLACES,
                  n->as.output.places > 999999 ? 999999 : (int)n->as.output.places, DEC_MAX_PLACES);
    else r.places = (int)n->as.output.places;
    if (!m) r.places = -1;                 /* missing: the parser said so */
    else if (strcmp(m, "half_up") == 0) r.mode = DEC_HALF_UP;
    else if (strcmp(m, "half_even") == 0) r.mode = DEC_HALF_EVEN;
    else if (strcmp(m, "down") == 0) r.mode = DEC_DOWN;
    else if (strcmp(m, "up") == 0) r.mode = DEC_UP;
    else {
      diag_report(ck->d, DIAG_ERROR, n->as.output.round_mode.loc, E_ROUNDING_MODE, m);
      r.places = -1;
    }
  }
  return r;
}

static void declare_types(Checker *ck) {
  Program *p = ck->prog;
  /* enums first, in declaration order, so Program.enums follows the source */
  for (int m = 0; m < ck->nmods; m++) {
    File *f = ck->mods[m].file;
    for (int i = 0; i < f->decls.n; i++) {
      Node *n = f->decls.items[i];
      if (n->kind == N_ENUM && n->as.enm.name.text) {
        Sym *s = symtab_get(&ck->scopes[m], n->as.enm.name.text);
        if (s && s->decl == n) check_enum_type(ck, s);
      } else if (n->kind == N_TYPEDEF && n->as.typedef_.name.text) {
        Sym *s = symtab_get(&ck->scopes[m], n->as.typedef_.name.text);
        if (s && s->decl == n) check_typedef_type(ck, s);
      }
    }
  }
  /* the fact schema: slots depth-first in declaration order */
  p->facts = ZAN_NEW(IrFact);
  p->facts->name = ""; p->facts->key = ""; p->facts->path = ""; p->facts->slot = -1;
  p->facts->children = ZAN_NEWN(IrFact *, ck->fact_syms.n);
  for (int i = 0; i < ck->fact_syms.n; i++) {
    Sym *s = ck->fact_syms.items[i];
    s->fact = build_fact(ck, s->module, s->decl, NULL);
    s->type = s->fact->type ? s->fact->type : &type_error;
    for (int j = 0; j < p->facts->n; j++)
      if (strcmp(p->facts->children[j]->key, s->fact->key) == 0) {
        Diag *g = diag_report(ck->d, DIAG_ERROR, s->decl->as.fact.key_loc.src ? s->decl->as.fact.key_loc : s->loc,
                              E_DUPLICATE_FACT_KEY, s->fact->key);
        if (g) diag_add_note(ck->d, g, p->facts->children[j]->loc, N_FIRST_DEFINED_HERE);
      }
    p->facts->children[p->facts->n++] = s->fact;
  }
  /* outputs */
  for (int i = 0; i < ck->out_syms.n; i++) {
    Sym *s = ck->out_syms.items[i];
    IrOutput *o = &p->outputs[i];
    s->type = check_type_expr(ck, s->module, s->decl->as.output.type);
    o->name = s->name; o->loc = s->loc; o->type = s->type; o->label = s->decl->as.output.label;
    o->combine = combine_of(ck, s);
    o->render = rendering_of(ck, s);
  }
  /* function signatures */
  for (int i = 0; i < ck->fn_syms.n; i++) {
    Sym *s = ck->fn_syms.items[i];
    Node *n = s->decl;
    IrFunc *fn = &p->funcs[i];
    fn->name = s->name; fn->loc = s->loc; fn->handles_unknown = n->as.fn.handles_unknown;
    fn->nparams = n->as.fn.params.n;
    fn->param_types = ZAN_NEWN(const Type *, fn->nparams);
    for (int j = 0; j < fn->nparams; j++) {
      Node *pn = n->as.fn.params.items[j];
      fn->param_types[j] = pn->kind == N_FIELD ? check_type_expr(ck, s->module, pn->as.field.type) : &type_error;
      for (int k = 0; k < j; k++) {
        Node *q = n->as.fn.params.items[k];
        if (pn->kind == N_FIELD && q->kind == N_FIELD && pn->as.field.name.text && q->as.field.name.text &&
            strcmp(pn->as.field.name.text, q->as.field.name.text) == 0) {
          Diag *g = diag_report(ck->d, DIAG_ERROR, pn->as.field.name.loc, E_DUPLICATE, pn->as.field.name.text);
          if (g) diag_add_note(ck->d, g, q->as.field.name.loc, N_FIRST_DEFINED_HERE);
        }
      }
    }
    if (n->as.fn.ret) fn->ret = check_type_expr(ck, s->module, n->as.fn.ret);
    else { diag_report(ck->d, DIAG_ERROR, s->loc, E_FN_NO_RESULT_TYPE, s->name); fn->ret = &type_error; }
    s->type = fn->ret;
  }
  /* parameters' types */
  for (int i = 0; i < ck->param_syms.n; i++) {
    Sym *s = ck->param_syms.items[i];
    s->type = check_type_expr(ck, s->module, s->decl->as.param.type);
    p->params[i].name = s->name; p->params[i].loc = s->loc; p->params[i].type = s->type;
    p->params[i].label = s->decl->as.param.label;
  }
}

static void check_fn_bodies(Checker *ck) {
  Program *p = ck->prog;
  for (int i = 0; i < ck->fn_syms.n; i++) {
    Sym *s = ck->fn_syms.items[i];
    IrFunc *fn = &p->funcs[i];
    Node *n = s->decl;
    Ex x; ex_init(&x, ck, s->module, 0);
    for (int j = 0; j < fn->nparams; j++) {
      Node *pn = n->as.fn.params.items[j];
      ex_push(&x, pn->kind == N_FIELD && pn->as.field.name.text ? pn->as.field.name.text : "?", fn->param_types[j]);
    }
    fn->body = n->as.fn.body ? elab_expect(&x, n->as.fn.body, fn->ret) : poison(s->loc);
    fn->nlocals = x.max_slot;
  }
}

static void check_outputs_rules(Checker *ck) {
  Program *p = ck->prog;
  for (int i = 0; i < ck->out_syms.n; i++) {
    Sym *s = ck->out_syms.items[i];
    if (!s->decl->as.output.dflt) continue;
    Ex x; ex_init(&x, ck, s->module, 0);
    p->outputs[i].dflt = elab_expect(&x, s->decl->as.output.dflt, s->type);
    ex_note_frame(ck, &x);
  }
  for (int i = 0; i < ck->rule_syms.n; i++) {
    Sym *s = ck->rule_syms.items[i];
    Node *n = s->decl;
    IrRule *r = &p->rules[i];
    r->name = s->name; r->loc = s->loc; r->output = -1; r->base = -1;
    r->includes = n->as.rule.includes; r->explain = n->as.rule.explain;
    Ex x; ex_init(&x, ck, s->module, 0);
    if (n->as.rule.when) r->when = elab_expect(&x, n->as.rule.when, &type_bool);
    const Type *vt = &type_error;      /* lost while the target is not a known output */
    const char *tname = n->as.rule.target.text;
    if (tname) {
      bool amb;
      Sym *t = check_lookup(ck, s->module, tname, n->as.rule.target.loc, &amb);
      if (!t && !amb) check_unknown_name(ck, s->module, tname, 1u << SYM_OUTPUT, n->as.rule.target.loc, E_UNKNOWN_OUTPUT, E_UNKNOWN_OUTPUT_HINT);
      else if (t && t->kind != SYM_OUTPUT) diag_report(ck->d, DIAG_ERROR, n->as.rule.target.loc, E_TARGET_NOT_OUTPUT, tname);
      else if (t) {
        r->output = t->index;
        vt = t->type;
        if (r->includes) {
          if (t->type->kind == T_SET) vt = t->type->as.elem;
          else if (!is_err(t->type)) {
            diag_report(ck->d, DIAG_ERROR, n->as.rule.target.loc, E_INCLUDES_NOT_SET, tname, type_name(t->type));
            vt = &type_error;
          }
        }
      }
    }
    if (n->as.rule.value) r->value = elab_expect(&x, n->as.rule.value, vt);
    ex_note_frame(ck, &x);
  }
}

/* One value per date: in date order (equal dates in source order), each repeat is reported
 * at the later entry with a note at the one before it. */
static int cmp_date_then_index(const void *a, const void *b, void *ctx) {
  const ZDate *dates = ctx;
  int x = *(const int *)a, y = *(const int *)b;
  if (dates[x] != dates[y]) return dates[x] < dates[y] ? -1 : 1;
  return (x > y) - (x < y);
}

static void check_param_dates(Checker *ck, Sym *s, const IrParam *ip) {
  const Node *n = s->decl;
  int *order = ZAN_NEWN(int, ip->n);
  for (int j = 0; j < ip->n; j++) order[j] = j;
  qsort_r(order, (size_t)ip->n, sizeof(int), cmp_date_then_index, ip->dates);
  for (int i = 1; i < ip->n; i++) {
    int j = order[i], k = order[i - 1];
    if (ip->dates[j] != ip->dates[k]) continue;
    char ds[11]; date_format(ip->dates[j], ds);
    Diag *g = diag_report(ck->d, DIAG_ERROR, n->as.param.date_locs ? n->as.param.date_locs[j] : s->loc,
                          E_PARAM_DUP_DATE, s->name, ds);
    if (g) diag_add_note(ck->d, g, n->as.param.date_locs ? n->as.param.date_locs[k] : s->loc, N_FIRST_DEFINED_HERE);
  }
}

static void check_params_values(Checker *ck) {
  Program *p = ck->prog;
  for (int i = 0; i < ck->param_syms.n; i++) {
    Sym *s = ck->param_syms.items[i];
    Node *n = s->decl;
    IrParam *ip = &p->params[i];
    ip->n = n->as.param.n;
    ip->dates = ZAN_NEWN(ZDate, ip->n);
    ip->values = ZAN_NEWN(Val, ip->n);
    if (ip->n == 0) diag_report(ck->d, DIAG_ERROR, s->loc, E_PARAM_EMPTY, s->name);
    for (int j = 0; j < ip->n; j++) {
      Ex x; ex_init(&x, ck, s->module, 0);
      int before = ck->d->nerrors;
      IrExpr *v = n->as.param.values[j] ? elab_expect(&x, n->as.param.values[j], s->type) : poison(s->loc);
      ip->dates[j] = n->as.param.dates[j];
      if (ck->d->nerrors == before && !is_err(v->type) && !check_fold(v, &ip->values[j]))
        diag_report(ck->d, DIAG_ERROR, n->as.param.values[j]->loc, E_PARAM_NOT_CONST, s->name);
    }
    check_param_dates(ck, s, ip);
  }
}

/* `expect OUT undetermined needs {a.b, c}`: a set of fact leaves, each once, kept sorted by path
 * (as `needs` is reported). */
static void check_expect_needs(Checker *ck, int m, Node *set, IrExpect *xe) {
  if (!set || set->kind != N_SET_LIT) {
    if (set && set->kind != N_ERROR) diag_report(ck->d, DIAG_ERROR, set->loc, E_NEEDS_NOT_PATHS);
    return;
  }
  xe->needs = ZAN_NEWN(int, set->as.items.n);
  for (int i = 0; i < set->as.items.n; i++) {
    Node *pn = set->as.items.items[i];
    if (pn->kind != N_NAME && pn->kind != N_FIELD_ACCESS) { diag_report(ck->d, DIAG_ERROR, pn->loc, E_NEEDS_NOT_PATHS); continue; }
    IrFact *f = check_fact_path(ck, m, pn, true);
    if (!f) continue;
    if (f->slot < 0) { diag_report(ck->d, DIAG_ERROR, pn->loc, E_NEEDS_NOT_LEAF, f->path); continue; }
    int k = xe->nneeds;
    while (k > 0 && strcmp(((IrFact *)ck->slots.items[xe->needs[k - 1]])->path, f->path) > 0) k--;
    if (k > 0 && xe->needs[k - 1] == f->slot) continue;              /* named twice: once is enough */
    memmove(xe->needs + k + 1, xe->needs + k, sizeof(int) * (size_t)(xe->nneeds - k));
    xe->needs[k] = f->slot;
    xe->nneeds++;
  }
}

/* `expect OUT at least V`: OUT is combined with max or is a set; V has its type. */
static void check_expect_at_least(Checker *ck, int m, Node *v, IrExpect *xe, IrTest *t) {
  if (xe->output < 0 || !v) return;
  const IrOutput *o = &ck->prog->outputs[xe->output];
  const Sym *os = ck->out_syms.items[xe->output];
  bool is_set = os->type && os->type->kind == T_SET;
  if (!is_set && o->combine != C_MAX) {
    diag_report(ck->d, DIAG_ERROR, xe->loc, E_AT_LEAST_OUTPUT, o->name);
    return;
  }
  Ex x; ex_init(&x, ck, m, 0);
  xe->value = elab_expect(&x, v, os->type);
  if (x.max_slot > t->nlocals) t->nlocals = x.max_slot;
  ex_note_frame(ck, &x);
}

static void check_tests(Checker *ck) {
  Program *p = ck->prog;
  for (int i = 0; i < ck->tests.n; i++) {
    Node *n = ck->tests.items[i];
    int m = (int)(intptr_t)ck->test_mods.items[i];
    IrTest *t = &p->tests[i];
    t->name = n->as.test.name ? n->as.test.name : "";
    t->loc = n->as.test.name_loc.src ? n->as.test.name_loc : n->loc;
    t->has_as_of = n->as.test.has_as_of; t->as_of = n->as.test.as_of;
    /* A test the parser recovered inside may hold the givens and expects of the next one
     * (its `}` lost): not checked until the syntax error is fixed. */
    if (check_recovered_in(ck, n)) continue;
    int ng = n->as.test.given_paths.n;
    t->given_slots = ZAN_NEWN(int, ng);
    t->given_values = ZAN_NEWN(Val, ng);
    for (int j = 0; j < ng; j++) {
      Node *gp = n->as.test.given_paths.items[j];
      Node *gv = j < n->as.test.given_values.n ? n->as.test.given_values.items[j] : NULL;
      IrFact *f = check_fact_path(ck, m, gp, true);
      if (f && f->slot < 0) { diag_report(ck->d, DIAG_ERROR, gp->loc, E_GIVEN_NOT_LEAF, f->path); f = NULL; }
      for (int k = 0; f && k < t->ngivens; k++)
        if (t->given_slots[k] == f->slot) {
          Diag *g = diag_report(ck->d, DIAG_ERROR, gp->loc, E_GIVEN_TWICE, f->path);
          if (g) diag_add_note(ck->d, g, n->as.test.given_paths.items[k]->loc, N_FIRST_DEFINED_HERE);
          f = NULL;
        }
      if (!gv) continue;
      if (gv->kind == N_UNKNOWN) { if (f) { t->given_slots[t->ngivens] = f->slot; t->given_values[t->ngivens++] = val_unknown(); } continue; }
      Ex x; ex_init(&x, ck, m, 0);
      int before = ck->d->nerrors;
      IrExpr *v = elab_expect(&x, gv, f ? f->type : &type_error);   /* no fact (reported): its type is lost */
      Val k;
      if (ck->d->nerrors != before || is_err(v->type)) continue;
      if (!check_fold(v, &k)) { diag_report(ck->d, DIAG_ERROR, gv->loc, E_GIVEN_NOT_CONST, f ? f->path : "?"); continue; }
      if (f) { t->given_slots[t->ngivens] = f->slot; t->given_values[t->ngivens++] = k; }
    }
    int ne = n->as.test.expects.n;
    t->expects = ZAN_NEWN(IrExpect, ne);
    for (int j = 0; j < ne; j++) {
      Node *en = n->as.test.expects.items[j];
      IrExpect *xe = &t->expects[t->nexpects++];
      xe->loc = en->loc; xe->output = -1;
      xe->form = n->as.test.expect_form ? n->as.test.expect_form[j] : EXPECT_TRUE;
      if (xe->form != EXPECT_TRUE) {
        const char *on = en->kind == N_NAME ? en->as.name.name.text : NULL;
        bool amb = false;
        Sym *s = on ? check_lookup(ck, m, on, en->loc, &amb) : NULL;
        if (s && s->kind == SYM_OUTPUT) xe->output = s->index;
        else if (!amb && en->kind != N_ERROR) {
          if (!s && on) check_unknown_name(ck, m, on, 1u << SYM_OUTPUT, en->loc, E_UNKNOWN_OUTPUT, E_UNKNOWN_OUTPUT_HINT);
          else diag_report(ck->d, DIAG_ERROR, en->loc, E_UNDETERMINED_NOT_OUTPUT);
        }
        if (xe->form == EXPECT_NEEDS) check_expect_needs(ck, m, n->as.test.expect_arg[j], xe);
        if (xe->form == EXPECT_AT_LEAST) check_expect_at_least(ck, m, n->as.test.expect_arg[j], xe, t);
        continue;
      }
      Ex x; ex_init(&x, ck, m, 0);
      xe->expr = elab_expect(&x, en, &type_bool);
      if (x.max_slot > t->nlocals) t->nlocals = x.max_slot;
      ex_note_frame(ck, &x);
    }
  }
}

void check_types(Checker *ck) {
  declare_types(ck);
  check_unmet(ck);
  for (int i = 0; i < ck->const_syms.n; i++) {
    Sym *s = ck->const_syms.items[i];
    check_const_resolve(ck, s);
  }
  check_fn_bodies(ck);
  check_outputs_rules(ck);
  check_params_values(ck);
  if (!ck->skip_tests) check_tests(ck);
}
