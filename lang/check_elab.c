/* check_elab.c — bidirectional typing of every expression, elaborated straight into typed
 * IrExpr: names resolved to slots and indices, bare enum members settled by the expected type,
 * int->decimal promotion made explicit (X_TODEC). Errors poison with type_error, no cascade. */
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include "check.h"
#include "check_elab.h"
#include "base/alloc.h"
#include "base/decimal.h"

/* ---- elaboration context ----------------------------------------------------------- */

static IrFact FACT_ERR_;           /* "a fact path, already reported": read-only sentinel */
#define FACT_ERR (&FACT_ERR_)

static IrExpr *irx(IrOp op, const Type *t, Loc loc) {
  IrExpr *e = ZAN_NEW(IrExpr);
  e->op = (uint8_t)op; e->type = t; e->loc = loc;
  return e;
}

IrExpr *ir_const(Val v, const Type *t, Loc loc) {
  IrExpr *e = irx(X_CONST, t, loc);
  e->as.k = v;
  return e;
}

void ex_init(Ex *x, Checker *ck, int m, int first_slot) {
  memset(x, 0, sizeof *x);
  x->ck = ck; x->m = m; x->next_slot = x->max_slot = first_slot;
}

int ex_push(Ex *x, const char *name, const Type *t) {
  ZAN_GROW(x->locals, x->nlive, x->cap, 8);
  int slot = x->next_slot++;
  if (x->next_slot > x->max_slot) x->max_slot = x->next_slot;
  x->locals[x->nlive++] = (Local){name, slot, t};
  return slot;
}
static void ex_pop(Ex *x) { x->nlive--; x->next_slot--; }

static Local *ex_local(Ex *x, const char *name) {
  if (!name) return NULL;
  for (int i = x->nlive - 1; i >= x->barrier; i--)
    if (strcmp(x->locals[i].name, name) == 0) return &x->locals[i];
  return NULL;
}

void ex_note_frame(Checker *ck, Ex *x) { if (x->max_slot > ck->max_frame) ck->max_frame = x->max_slot; }

static IrExpr *infer(Ex *x, Node *e, const Type *want);
static IrExpr *expect(Ex *x, Node *e, const Type *want);

/* ---- fact paths -------------------------------------------------------------------- */

static IrFact *fact_child(const IrFact *g, const char *name) {
  /* the first byte first: groups have dozens of children and every fact path comes here */
  for (int i = 0; i < g->n; i++)
    if (g->children[i]->name[0] == name[0] && strcmp(g->children[i]->name, name) == 0) return g->children[i];
  return NULL;
}

static const char *closest_child(const IrFact *g, const char *name) {
  const char *best = NULL;
  int bestd = 99;
  for (int i = 0; i < g->n; i++) {
    int dd = check_edit_distance(name, g->children[i]->name);
    if (dd < bestd) { bestd = dd; best = g->children[i]->name; }
  }
  return best && check_is_typo(bestd, strlen(name)) ? best : NULL;
}

/* Walks a N_NAME / N_FIELD_ACCESS chain as a fact path. NULL: not a fact path (its root is
 * no fact); FACT_ERR: it is one, but wrong (reported when report). */
static IrFact *walk_fact(Checker *ck, Ex *x, int m, Node *e, bool report) {
  if (e->kind == N_NAME) {
    const char *name = e->as.name.name.text;
    if (!name || (x && ex_local(x, name))) return NULL;
    Sym *s = check_lookup(ck, m, name, (Loc){0}, NULL);
    return s && s->kind == SYM_FACT ? s->fact : NULL;
  }
  if (e->kind != N_FIELD_ACCESS) return NULL;
  IrFact *p = walk_fact(ck, x, m, e->as.access.expr, report);
  if (!p || p == FACT_ERR) return p;
  const char *field = e->as.access.field.text;
  if (!field) return FACT_ERR;
  if (p->slot >= 0) {
    if (report) diag_report(ck->d, DIAG_ERROR, e->as.access.field.loc, E_FACT_NOT_GROUP, p->name, field);
    return FACT_ERR;
  }
  IrFact *c = fact_child(p, field);
  if (!c) {
    if (report) {
      const char *hint = closest_child(p, field);
      /* the group may have lost that fact to a syntax error */
      check_report_echo(ck, NULL, e->as.access.field.loc, hint ? E_NO_SUCH_FACT_HINT : E_NO_SUCH_FACT, p->name, field, hint);
    }
    return FACT_ERR;
  }
  return c;
}

IrFact *check_fact_path(Checker *ck, int m, Node *e, bool report) {
  if (!e) return NULL;
  IrFact *f = walk_fact(ck, NULL, m, e, report);
  Node *root = e;
  while (root->kind == N_FIELD_ACCESS) root = root->as.access.expr;
  if (!f && report && root->kind == N_NAME && root->as.name.name.text &&
      !check_lookup(ck, m, root->as.name.name.text, (Loc){0}, NULL))
    check_unknown_name(ck, m, root->as.name.name.text, 1u << SYM_FACT, root->loc, E_UNKNOWN_FACT, E_UNKNOWN_FACT_HINT);
  else if (!f && report && e->kind != N_ERROR) diag_report(ck->d, DIAG_ERROR, e->loc, E_NOT_A_FACT_PATH);
  return f == FACT_ERR ? NULL : f;
}

/* ---- coercion ---------------------------------------------------------------------- */

static IrExpr *todec(IrExpr *e) {
  IrExpr *c = irx(X_TODEC, &type_dec, e->loc);
  c->as.un = e;
  return c;
}

/* Converts e to want: equal types pass, int becomes decimal, anything else is an error. */
static IrExpr *coerce(Ex *x, IrExpr *e, const Type *want, Loc loc) {
  if (!want || is_err(want) || is_err(e->type)) return e;
  if (type_equal(e->type, want)) return e;
  if (e->type->kind == T_INT && want->kind == T_DEC) return todec(e);
  diag_report(x->ck->d, DIAG_ERROR, loc, E_TYPE_MISMATCH, type_name(want), type_name(e->type));
  return poison(loc);
}

static IrExpr *expect(Ex *x, Node *e, const Type *want) {
  IrExpr *r = infer(x, e, want);
  return coerce(x, r, want, e->loc);
}

/* Makes two numeric operands the same type (decimal when they mix). */
static void unify_num(IrExpr **l, IrExpr **r) {
  if ((*l)->type->kind == T_INT && (*r)->type->kind == T_DEC) *l = todec(*l);
  else if ((*l)->type->kind == T_DEC && (*r)->type->kind == T_INT) *r = todec(*r);
}

/* A common type for two branches (if, match arms, min/max of two). */
static bool unify_branches(Ex *x, IrExpr **a, IrExpr **b, Loc loc) {
  if (is_err((*a)->type) || is_err((*b)->type)) return true;
  if (type_is_numeric((*a)->type) && type_is_numeric((*b)->type)) { unify_num(a, b); return true; }
  if (type_equal((*a)->type, (*b)->type)) return true;
  diag_report(x->ck->d, DIAG_ERROR, loc, E_TYPE_MISMATCH, type_name((*a)->type), type_name((*b)->type));
  return false;
}

/* ---- names ------------------------------------------------------------------------- */

static bool enum_visible(Checker *ck, int m, const EnumType *e) {
  Sym *s = check_lookup(ck, m, e->name, (Loc){0}, NULL);
  return s && s->kind == SYM_ENUM && s->type->as.en == e;
}

static IrExpr *member(const EnumType *e, int idx, Loc loc) {
  return ir_const(val_enum(idx), type_enum((EnumType *)e), loc);
}

static IrExpr *const_use(Ex *x, Sym *s, Loc loc);

static bool sym_is_value(const Sym *s) {
  return s->kind == SYM_FACT || s->kind == SYM_OUTPUT || s->kind == SYM_PARAM ||
         s->kind == SYM_CONST || s->kind == SYM_ASOF;
}

/* The value a symbol names, or an error saying what it is instead. */
static IrExpr *sym_value(Ex *x, Sym *s, Loc loc) {
  Checker *ck = x->ck;
  IrExpr *r;
  switch (s->kind) {
  case SYM_FACT:
    if (s->fact && s->fact->slot >= 0) {
      r = irx(X_FACT, s->fact->type, loc); r->as.index = s->fact->slot; return r;
    }
    diag_report(ck->d, DIAG_ERROR, loc, E_FACT_GROUP_VALUE, s->name);
    return poison(loc);
  case SYM_OUTPUT: r = irx(X_OUTPUT, s->type, loc); r->as.index = s->index; return r;
  case SYM_PARAM:  r = irx(X_PARAM, s->type, loc); r->as.index = s->index; return r;
  case SYM_ASOF:   return irx(X_ASOF, &type_date, loc);
  case SYM_CONST:  return const_use(x, s, loc);
  case SYM_ENUM: case SYM_TYPE: case SYM_BUILTIN_TYPE:
    diag_report(ck->d, DIAG_ERROR, loc, E_TYPE_AS_VALUE, s->name); return poison(loc);
  case SYM_FN: case SYM_BUILTIN_FN:
    diag_report(ck->d, DIAG_ERROR, loc, E_FN_AS_VALUE, s->name); return poison(loc);
  case SYM_RULE:
    diag_report(ck->d, DIAG_ERROR, loc, E_RULE_AS_VALUE, s->name); return poison(loc);
  }
  return poison(loc);
}

static const char *closest_member(const EnumType *e, const char *name) {
  IrFact g = {0};   /* reuse closest_child over a fake group of names */
  IrFact *kids = ZAN_NEWN(IrFact, e->n);
  IrFact **pk = ZAN_NEWN(IrFact *, e->n);
  for (int i = 0; i < e->n; i++) { kids[i].name = e->members[i].name; pk[i] = &kids[i]; }
  g.n = e->n; g.children = pk;
  return closest_child(&g, name);
}

/* name -> local | fact | output | const | parameter | as_of | Enum member: a local first; where
 * an enum is expected its member wins; a bare member otherwise from the one visible enum. */
static IrExpr *elab_name(Ex *x, Node *e, const Type *want) {
  Checker *ck = x->ck;
  const char *name = e->as.name.name.text;
  Loc loc = e->loc;
  if (!name) return poison(loc);
  Local *l = ex_local(x, name);
  if (l) { IrExpr *r = irx(X_LOCAL, l->type, loc); r->as.index = l->slot; return r; }
  bool amb;
  Sym *s = check_lookup(ck, x->m, name, (Loc){0}, &amb);
  /* Where an enum is expected, its member wins over a name of another type. */
  if (want && want->kind == T_ENUM) {
    int idx = enum_member_index(want->as.en, name);
    if (idx >= 0 && (!s || !sym_is_value(s) || !type_equal(s->type, want) || is_err(s->type)))
      return member(want->as.en, idx, loc);
  }
  if (amb) { check_lookup(ck, x->m, name, loc, &amb); return poison(loc); }   /* reports it */
  if (s) return sym_value(x, s, loc);
  /* A bare enum member: by the expected type, else the one visible enum that has it. */
  if (want && want->kind == T_ENUM) {
    /* a name declared nowhere: it may have been declared in text lost to a syntax error */
    const char *hint = closest_member(want->as.en, name);
    check_report_echo(ck, NULL, loc, hint ? E_NOT_MEMBER_HINT : E_NOT_MEMBER, name, want->as.en->name, hint);
    return poison(loc);
  }
  const EnumType *found = NULL, *second = NULL; int fidx = -1;
  for (int i = 0; i < ck->enums.n; i++) {
    const EnumType *en = ck->enums.items[i];
    int idx = enum_member_index(en, name);
    if (idx < 0 || !enum_visible(ck, x->m, en)) continue;
    if (!found) { found = en; fidx = idx; } else if (!second) second = en;
  }
  if (found && !second) return member(found, fidx, loc);
  if (second && want && is_err(want)) return poison(loc);    /* only the lost type could tell */
  if (second) {
    diag_report(ck->d, DIAG_ERROR, loc, E_AMBIGUOUS_MEMBER, name, found->name, second->name, found->name, name);
    return poison(loc);
  }
  /* Unknown: suggest a visible name or member. */
  const char *hint = check_closest(ck, x->m, name, CK_VALUES);
  if (!hint)
    for (int i = 0; i < ck->enums.n && !hint; i++)
      if (enum_visible(ck, x->m, ck->enums.items[i])) hint = closest_member(ck->enums.items[i], name);
  if (!hint)
    for (int i = x->nlive - 1; i >= x->barrier && !hint; i--) {
      const char *ln = x->locals[i].name;
      size_t a = strlen(ln), b = strlen(name);
      if ((a > b ? a - b : b - a) <= 1 && strncmp(ln, name, a < b ? a : b) == 0 && a > 1) hint = ln;
    }
  check_report_echo(ck, NULL, loc, hint ? E_UNKNOWN_NAME_HINT : E_UNKNOWN_NAME, name, hint, NULL);
  return poison(loc);
}

/* A bare name that is neither a local nor a declared name: an enum member candidate whose
 * type must come from the other side of a comparison. */
static bool bare_member(Ex *x, Node *e) {
  if (e->kind == N_SET_LIT || e->kind == N_LIST_LIT) return true;
  if (e->kind != N_NAME || !e->as.name.name.text) return false;
  if (ex_local(x, e->as.name.name.text)) return false;
  return check_lookup(x->ck, x->m, e->as.name.name.text, (Loc){0}, NULL) == NULL;
}

static IrExpr *const_use(Ex *x, Sym *s, Loc loc) {
  if (s->state == SYM_IN_PROGRESS) {
    diag_report(x->ck->d, DIAG_ERROR, loc, E_CONST_CYCLE, s->name);
    return poison(loc);
  }
  Checker *ck = x->ck;
  /* constants defined through constants, far deeper than any law needs: an error, not a crash */
  if (stack_guard_low(&ck->stack) && s->state == SYM_UNRESOLVED) {
    if (!ck->inline_reported) diag_report(ck->d, DIAG_ERROR, loc, E_CONST_TOO_DEEP, s->name);
    ck->inline_reported = true;
    return poison(loc);
  }
  check_const_resolve(x->ck, s);
  if (!s->ok) return poison(loc);
  if (s->folded) return s->folded;
  /* inlining copies the definition: chains and trees of constants multiply it */
  if (ck->inlined_nodes > CHECK_MAX_INLINED || stack_guard_low(&ck->stack)) {
    if (!ck->inline_reported)
      diag_report(ck->d, DIAG_ERROR, loc, ck->inlined_nodes > CHECK_MAX_INLINED ? E_CONST_TOO_LARGE : E_CONST_TOO_DEEP,
                  s->name, CHECK_MAX_INLINED);
    ck->inline_reported = true;
    return poison(loc);
  }
  /* Not a plain value (a call, arithmetic…): inline the definition here, in its own module's
   * scope, with the current function's locals hidden; quantifiers get this frame's slots. */
  int om = x->m, ob = x->barrier;
  x->m = s->module; x->barrier = x->nlive;
  ck->inlining++;
  IrExpr *r = expect(x, s->decl->as.cnst.value, s->type);
  ck->inlining--;
  x->m = om; x->barrier = ob;
  return r;
}

/* ---- calls --------------------------------------------------------------------------- */

static IrExpr *builtin(Builtin b, const Type *t, Loc loc, int n, IrExpr *a0, IrExpr *a1) {
  IrExpr *r = irx(X_BUILTIN, t, loc);
  r->as.builtin.b = b; r->as.builtin.n = n;
  r->as.builtin.args = ZAN_NEWN(IrExpr *, 2);
  r->as.builtin.args[0] = a0; r->as.builtin.args[1] = a1;
  return r;
}

static bool is_coll(const Type *t) { return t->kind == T_SET || t->kind == T_LIST; }

/* A fixed argument or result kind of builtins.def as a type; NULL for the other kinds. */
static const Type *builtin_fixed_type(BuiltinArg k) {
  switch (k) {
  case BA_BOOL: return &type_bool;
  case BA_INT:  return &type_int;
  case BA_DEC:  return &type_dec;
  case BA_DATE: return &type_date;
  case BA_DUR:  return &type_dur;
  default:      return NULL;
  }
}

/* Does a (non-error) argument type fit a kind that is not a fixed type? If not, *what names
 * the kind for the message. */
static bool builtin_arg_fits(BuiltinArg k, const Type *t, MsgId *what) {
  switch (k) {
  case BA_COLL:     *what = N_WORD_SET_OR_LIST; return is_coll(t);
  case BA_NUM_COLL: *what = N_WORD_SET_OR_LIST_OF_NUMBERS;
                    return is_coll(t) && type_is_numeric(t->as.elem);
  case BA_ORD_COLL: *what = N_WORD_SET_OR_LIST_OF_ORDERED;
                    return is_coll(t) && type_is_ordered(t->as.elem);
  case BA_ORD:      *what = N_WORD_ORDERED_VALUE; return type_is_ordered(t);
  default:          return true;
  }
}

/* call -> BUILTIN '(' args ')': the builtins.def row of that name and arity; fixed-type
 * arguments are checked against their type (expect), the others inferred, then checked
 * against their kind (a SAME argument is first unified with the first one); the result type
 * is fixed or comes from the first argument. */
static IrExpr *elab_builtin(Ex *x, Node *e, int first_row, const char *name) {
  Checker *ck = x->ck;
  NodeList *args = &e->as.call.args;
  Loc loc = e->loc;
  int n = args->n;
  int row = -1, nrows = 0;
  for (int b = first_row; b < BUILTIN_N; b++)
    if (strcmp(builtin_info[b].name, name) == 0) {
      nrows++;
      if (builtin_info[b].nargs == n) row = b;
    }
  if (row < 0) {
    if (nrows > 1) diag_report(ck->d, DIAG_ERROR, loc, E_ARGS_MINMAX, name, n);
    else diag_report(ck->d, DIAG_ERROR, loc, E_ARG_COUNT, name, builtin_info[first_row].nargs, n);
    for (int i = 0; i < n; i++) infer(x, args->items[i], NULL);
    return poison(loc);
  }
  if (e->as.call.arg_names)
    for (int i = 0; i < n; i++)
      if (e->as.call.arg_names[i].text) {
        diag_report(ck->d, DIAG_ERROR, e->as.call.arg_names[i].loc, E_NAMED_ARG_FN, name);
        return poison(loc);
      }
  const BuiltinInfo *bi = &builtin_info[row];
  IrExpr *a[2] = {NULL, NULL};
  bool fixed = true;                    /* every argument has a fixed type (or ANY) */
  for (int i = 0; i < n; i++) {
    const Type *t = builtin_fixed_type(bi->arg[i]);
    if (t) { a[i] = expect(x, args->items[i], t); continue; }
    const Type *hint = bi->arg[i] == BA_SAME && !is_err(a[0]->type) ? a[0]->type : NULL;
    a[i] = infer(x, args->items[i], hint);
    if (bi->arg[i] != BA_ANY) fixed = false;
  }
  if (!fixed) {
    for (int i = 0; i < n; i++) if (is_err(a[i]->type)) return poison(loc);
    if (n == 2 && bi->arg[1] == BA_SAME && !unify_branches(x, &a[0], &a[1], args->items[1]->loc))
      return poison(loc);
    for (int i = 0; i < n; i++) {
      MsgId what;
      if (!builtin_arg_fits(bi->arg[i], a[i]->type, &what)) {
        diag_report(ck->d, DIAG_ERROR, args->items[i]->loc, E_ARG_TYPE, name,
                    msg_format(what, ck->d->lang), type_name(a[i]->type));
        return poison(loc);
      }
    }
  }
  const Type *rt = builtin_fixed_type(bi->result);
  if (!rt) rt = bi->result == BA_ELEM ? a[0]->type->as.elem : a[0]->type;
  return builtin((Builtin)row, rt, loc, n, a[0], a[1]);
}

/* call -> RecordType '(' field '=' expr {',' field '=' expr} ')': each field named once,
 * every field given, each value of its field's type. */
static IrExpr *elab_record(Ex *x, Node *e, const RecordType *r) {
  Checker *ck = x->ck;
  NodeList *args = &e->as.call.args;
  IrExpr **vals = ZAN_NEWN(IrExpr *, r->n);
  Node **given = ZAN_NEWN(Node *, r->n);
  bool bad = false;
  for (int i = 0; i < args->n; i++) {
    Name *an = e->as.call.arg_names ? &e->as.call.arg_names[i] : NULL;
    if (!an || !an->text) {
      diag_report(ck->d, DIAG_ERROR, args->items[i]->loc, E_RECORD_POSITIONAL, r->name);
      infer(x, args->items[i], NULL); bad = true; continue;
    }
    int f = -1;
    for (int j = 0; j < r->n; j++) if (strcmp(r->fields[j].name, an->text) == 0) f = j;
    if (f < 0) {
      diag_report(ck->d, DIAG_ERROR, an->loc, E_NO_SUCH_FIELD, r->name, an->text);
      infer(x, args->items[i], NULL); bad = true; continue;
    }
    if (given[f]) {
      Diag *g = diag_report(ck->d, DIAG_ERROR, an->loc, E_FIELD_TWICE, an->text);
      if (g) diag_add_note(ck->d, g, given[f]->loc, N_FIRST_DEFINED_HERE);
      bad = true; continue;
    }
    given[f] = args->items[i];
    vals[f] = expect(x, args->items[i], r->fields[f].type);
  }
  for (int j = 0; j < r->n; j++)
    if (!given[j] && !bad) { diag_report(ck->d, DIAG_ERROR, e->loc, E_FIELD_MISSING, r->name, r->fields[j].name); bad = true; }
  if (bad) return poison(e->loc);
  IrExpr *rec = irx(X_RECORD, type_record((RecordType *)r), e->loc);
  rec->as.items.n = r->n; rec->as.items.items = vals;
  return rec;
}

/* call -> NAME '(' [expr {',' expr}] ')': a built-in, a record type, or a fn (as many
 * arguments as parameters, positional, each of its parameter's type). */
static IrExpr *elab_call(Ex *x, Node *e) {
  Checker *ck = x->ck;
  Node *callee = e->as.call.callee;
  NodeList *args = &e->as.call.args;
  if (!callee || callee->kind != N_NAME || !callee->as.name.name.text) {
    if (callee && callee->kind != N_ERROR) diag_report(ck->d, DIAG_ERROR, callee->loc, E_NOT_CALLABLE_EXPR);
    return poison(e->loc);
  }
  const char *name = callee->as.name.name.text;
  if (ex_local(x, name)) { diag_report(ck->d, DIAG_ERROR, callee->loc, E_NOT_CALLABLE, name); return poison(e->loc); }
  bool amb;
  Sym *s = check_lookup(ck, x->m, name, callee->loc, &amb);
  if (amb) return poison(e->loc);
  if (!s) {
    check_unknown_name(ck, x->m, name, CK_CALLS, callee->loc, E_UNKNOWN_FN, E_UNKNOWN_FN_HINT);
    for (int i = 0; i < args->n; i++) infer(x, args->items[i], NULL);
    return poison(e->loc);
  }
  if (s->kind == SYM_BUILTIN_FN) return elab_builtin(x, e, s->index, name);
  if (s->kind == SYM_TYPE) {
    const Type *t = check_typedef_type(ck, s);
    if (t->kind == T_RECORD) return elab_record(x, e, t->as.rec);
    if (!is_err(t)) diag_report(ck->d, DIAG_ERROR, callee->loc, E_NOT_CALLABLE, name);
    return poison(e->loc);
  }
  if (s->kind != SYM_FN) { diag_report(ck->d, DIAG_ERROR, callee->loc, E_NOT_CALLABLE, name); return poison(e->loc); }
  IrFunc *fn = &ck->prog->funcs[s->index];
  if (args->n != fn->nparams) {
    diag_report(ck->d, DIAG_ERROR, e->loc, E_ARG_COUNT, name, fn->nparams, args->n);
    for (int i = 0; i < args->n; i++) infer(x, args->items[i], NULL);
    return poison(e->loc);
  }
  IrExpr *c = irx(X_CALL, fn->ret, e->loc);
  c->as.call.fn = s->index; c->as.call.n = args->n;
  c->as.call.args = ZAN_NEWN(IrExpr *, args->n);
  bool bad = false;
  for (int i = 0; i < args->n; i++) {
    if (e->as.call.arg_names && e->as.call.arg_names[i].text) {
      diag_report(ck->d, DIAG_ERROR, e->as.call.arg_names[i].loc, E_NAMED_ARG_FN, name); bad = true;
    }
    c->as.call.args[i] = expect(x, args->items[i], fn->param_types[i]);
  }
  return bad ? poison(e->loc) : c;
}

/* ---- field access: Enum.member, fact paths, record fields ------------------------------ */

/* access -> Enum '.' member | fact path '.' NAME | expr '.' field (of a record). */
static IrExpr *elab_access(Ex *x, Node *e) {
  Checker *ck = x->ck;
  Node *base = e->as.access.expr;
  const char *field = e->as.access.field.text;
  if (!field) return poison(e->loc);
  if (base->kind == N_NAME && base->as.name.name.text && !ex_local(x, base->as.name.name.text)) {
    Sym *s = check_lookup(ck, x->m, base->as.name.name.text, (Loc){0}, NULL);
    if (s && s->kind == SYM_ENUM) {
      const Type *t = check_enum_type(ck, s);
      int idx = enum_member_index(t->as.en, field);
      if (idx < 0) {
        const char *hint = closest_member(t->as.en, field);
        if (hint) diag_report(ck->d, DIAG_ERROR, e->as.access.field.loc, E_NOT_MEMBER_HINT, field, s->name, hint);
        else diag_report(ck->d, DIAG_ERROR, e->as.access.field.loc, E_NOT_MEMBER, field, s->name);
        return poison(e->loc);
      }
      return member(t->as.en, idx, e->loc);
    }
  }
  IrFact *f = walk_fact(ck, x, x->m, e, true);
  if (f == FACT_ERR) return poison(e->loc);
  if (f) {
    if (f->slot < 0) { diag_report(ck->d, DIAG_ERROR, e->loc, E_FACT_GROUP_VALUE, f->path); return poison(e->loc); }
    IrExpr *r = irx(X_FACT, f->type, e->loc); r->as.index = f->slot; return r;
  }
  IrExpr *b = infer(x, base, NULL);
  if (is_err(b->type)) return poison(e->loc);
  if (b->type->kind != T_RECORD) {
    diag_report(ck->d, DIAG_ERROR, e->as.access.field.loc, E_FIELD_OF_NON_RECORD, field, type_name(b->type));
    return poison(e->loc);
  }
  const RecordType *r = b->type->as.rec;
  for (int j = 0; j < r->n; j++)
    if (strcmp(r->fields[j].name, field) == 0) {
      IrExpr *a = irx(X_FIELD, r->fields[j].type, e->loc);
      a->as.field.rec = b; a->as.field.index = j;
      return a;
    }
  diag_report(ck->d, DIAG_ERROR, e->as.access.field.loc, E_NO_SUCH_FIELD, type_name(b->type), field);
  return poison(e->loc);
}

/* ---- operators ------------------------------------------------------------------------- */

static IrExpr *bin(IrOp op, const Type *t, Loc loc, IrExpr *l, IrExpr *r) {
  IrExpr *e = irx(op, t, loc);
  e->as.bin.l = l; e->as.bin.r = r;
  return e;
}

/* binary -> expr ('and' | 'or') expr | expr ('=' | '!=' | '<' | '<=' | '>' | '>=') expr
 *         | expr ('in' | 'contains' | 'intersects') expr | expr ('+' | '-' | '*' | '/') expr */
static IrExpr *elab_binary(Ex *x, Node *e) {
  Checker *ck = x->ck;
  Op op = e->as.binary.op;
  Node *ln = e->as.binary.l, *rn = e->as.binary.r;
  Loc loc = e->loc, oloc = e->as.binary.op_loc.src ? e->as.binary.op_loc : e->loc;
  IrExpr *l, *r;
  switch (op) {
  case OP_AND: case OP_OR:
    l = expect(x, ln, &type_bool); r = expect(x, rn, &type_bool);
    return bin(op == OP_AND ? X_AND : X_OR, &type_bool, loc, l, r);
  case OP_EQ: case OP_NE:
  case OP_LT: case OP_LE: case OP_GT: case OP_GE: {
    /* The typed side goes first so a bare enum member on the other side resolves by it. */
    if (bare_member(x, ln) && !bare_member(x, rn)) {
      r = infer(x, rn, NULL);
      l = infer(x, ln, r->type);
    } else {
      l = infer(x, ln, NULL);
      r = infer(x, rn, l->type);
    }
    if (is_err(l->type) || is_err(r->type)) return poison(loc);
    if (type_is_numeric(l->type) && type_is_numeric(r->type)) unify_num(&l, &r);
    else if (!type_equal(l->type, r->type)) {
      diag_report(ck->d, DIAG_ERROR, rn->loc, E_COMPARE_TYPES, op_text(op), type_name(l->type), type_name(r->type));
      return poison(loc);
    }
    if (op != OP_EQ && op != OP_NE && !type_is_ordered(l->type)) {
      diag_report(ck->d, DIAG_ERROR, oloc, E_NOT_ORDERED, op_text(op), type_name(l->type));
      return poison(loc);
    }
    static const IrOp map[] = {[OP_EQ] = X_EQ, [OP_NE] = X_NE, [OP_LT] = X_LT, [OP_LE] = X_LE, [OP_GT] = X_GT, [OP_GE] = X_GE};
    return bin(map[op], &type_bool, loc, l, r);
  }
  case OP_IN: {
    /* `x in {a, b}`: the literal takes x's type; `x in S`: x takes S's element type. */
    if (rn->kind == N_SET_LIT || rn->kind == N_LIST_LIT) {
      l = infer(x, ln, NULL);
      r = infer(x, rn, is_err(l->type) ? l->type : (rn->kind == N_SET_LIT ? type_set_of((Type *)l->type) : type_list_of((Type *)l->type)));
    } else {
      r = infer(x, rn, NULL);
      l = infer(x, ln, is_err(r->type) ? r->type : is_coll(r->type) ? r->type->as.elem : NULL);
    }
    if (is_err(l->type) || is_err(r->type)) return poison(loc);
    if (!is_coll(r->type)) { diag_report(ck->d, DIAG_ERROR, rn->loc, E_NOT_COLLECTION, "in", type_name(r->type)); return poison(loc); }
    if (type_is_numeric(l->type) && l->type->kind == T_INT && r->type->as.elem->kind == T_DEC) l = todec(l);
    if (!type_equal(l->type, r->type->as.elem)) {
      diag_report(ck->d, DIAG_ERROR, ln->loc, E_TYPE_MISMATCH, type_name(r->type->as.elem), type_name(l->type));
      return poison(loc);
    }
    return bin(X_IN, &type_bool, loc, l, r);
  }
  case OP_CONTAINS: {
    /* `S contains x`: membership (X_CONTAINS); `S contains T` with T a set or list of S's
     * element type: every member of T is in S (X_SUBSET). Decided here, from the types. */
    l = infer(x, ln, NULL);
    if (is_err(l->type)) { infer(x, rn, NULL); return poison(loc); }
    if (!is_coll(l->type)) { diag_report(ck->d, DIAG_ERROR, ln->loc, E_NOT_COLLECTION, op_text(OP_CONTAINS), type_name(l->type)); infer(x, rn, NULL); return poison(loc); }
    const Type *elem = l->type->as.elem;
    if (rn->kind == N_SET_LIT || rn->kind == N_LIST_LIT)   /* a literal's members take S's element type */
      r = infer(x, rn, is_coll(elem) ? elem : rn->kind == N_SET_LIT ? type_set_of((Type *)elem) : type_list_of((Type *)elem));
    else
      r = infer(x, rn, elem);
    if (is_err(r->type)) return poison(loc);
    if (!type_equal(r->type, elem) && is_coll(r->type) && type_equal(r->type->as.elem, elem))
      return bin(X_SUBSET, &type_bool, loc, l, r);
    r = coerce(x, r, elem, rn->loc);
    if (is_err(r->type)) return poison(loc);
    return bin(X_CONTAINS, &type_bool, loc, l, r);
  }
  case OP_INTERSECTS: {
    if (bare_member(x, ln) && !bare_member(x, rn)) { r = infer(x, rn, NULL); l = expect(x, ln, r->type); }
    else { l = infer(x, ln, NULL); r = expect(x, rn, l->type); }
    if (is_err(l->type) || is_err(r->type)) return poison(loc);
    if (l->type->kind != T_SET) { diag_report(ck->d, DIAG_ERROR, ln->loc, E_NOT_COLLECTION, op_text(OP_INTERSECTS), type_name(l->type)); return poison(loc); }
    return bin(X_INTERSECTS, &type_bool, loc, l, r);
  }
  case OP_ADD: case OP_SUB: case OP_MUL: case OP_DIV: {
    l = infer(x, ln, NULL); r = infer(x, rn, NULL);
    if (is_err(l->type) || is_err(r->type)) return poison(loc);
    IrOp xo = op == OP_ADD ? X_ADD : op == OP_SUB ? X_SUB : op == OP_MUL ? X_MUL : X_DIV;
    if (type_is_numeric(l->type) && type_is_numeric(r->type)) {
      if (op == OP_DIV) {
        if (l->type->kind == T_INT) l = todec(l);
        if (r->type->kind == T_INT) r = todec(r);
        return bin(X_DIV, &type_dec, loc, l, r);
      }
      unify_num(&l, &r);
      return bin(xo, l->type, loc, l, r);
    }
    if (op == OP_ADD || op == OP_SUB) {
      if (l->type->kind == T_DATE && r->type->kind == T_DUR) return bin(xo, &type_date, loc, l, r);
      if (l->type->kind == T_DUR && r->type->kind == T_DUR) return bin(xo, &type_dur, loc, l, r);
      if (op == OP_ADD && l->type->kind == T_DUR && r->type->kind == T_DATE) return bin(xo, &type_date, loc, r, l);
    }
    diag_report(ck->d, DIAG_ERROR, oloc, E_ARITH_TYPES, op_text(op), type_name(l->type), type_name(r->type));
    return poison(loc);
  }
  default: break;
  }
  return poison(loc);
}

/* ---- match ----------------------------------------------------------------------------- */

/* match -> 'match' expr '{' {member {'|' member} '->' expr} ['else' '->' expr] '}': the
 * scrutinee an enum, each member in one arm, all covered or an `else`, the arms one type. */
static IrExpr *elab_match(Ex *x, Node *e, const Type *want) {
  Checker *ck = x->ck;
  IrExpr *s = infer(x, e->as.match.scrutinee, NULL);
  NodeList *arms = &e->as.match.arms;
  if (is_err(s->type)) { for (int i = 0; i < arms->n; i++) if (arms->items[i]->as.arm.body) infer(x, arms->items[i]->as.arm.body, want); return poison(e->loc); }
  if (s->type->kind != T_ENUM) {
    diag_report(ck->d, DIAG_ERROR, e->as.match.scrutinee->loc, E_MATCH_NOT_ENUM, type_name(s->type));
    return poison(e->loc);
  }
  const EnumType *en = s->type->as.en;
  IrExpr **of = ZAN_NEWN(IrExpr *, en->n);
  Loc *first = ZAN_NEWN(Loc, en->n);
  IrExpr **bodies = ZAN_NEWN(IrExpr *, arms->n);
  const Type *rt = want;
  bool bad = false, has_else = false;
  for (int i = 0; i < arms->n; i++) {
    Node *a = arms->items[i];
    if (a->kind != N_ARM) { bad = true; continue; }
    IrExpr *b = a->as.arm.body ? infer(x, a->as.arm.body, rt) : poison(a->loc);
    if (want) b = coerce(x, b, want, a->as.arm.body ? a->as.arm.body->loc : a->loc);
    if (is_err(b->type)) bad = true;
    else if (!rt) rt = b->type;
    bodies[i] = b;
    if (a->as.arm.is_else) {
      if (has_else) { diag_report(ck->d, DIAG_ERROR, a->loc, E_MATCH_TWO_ELSE); bad = true; }
      has_else = true;
      for (int k = 0; k < en->n; k++) if (!of[k]) of[k] = b;
      continue;
    }
    if (has_else) { diag_report(ck->d, DIAG_ERROR, a->loc, E_MATCH_AFTER_ELSE); bad = true; }
    for (int p = 0; p < a->as.arm.npatterns; p++) {
      Name *pn = &a->as.arm.patterns[p];
      if (!pn->text) continue;
      int idx = enum_member_index(en, pn->text);
      if (idx < 0) {
        const char *hint = closest_member(en, pn->text);
        if (hint) diag_report(ck->d, DIAG_ERROR, pn->loc, E_NOT_MEMBER_HINT, pn->text, en->name, hint);
        else diag_report(ck->d, DIAG_ERROR, pn->loc, E_NOT_MEMBER, pn->text, en->name);
        bad = true; continue;
      }
      if (of[idx]) {
        Diag *g = diag_report(ck->d, DIAG_ERROR, pn->loc, E_MATCH_DUP, pn->text);
        if (g && first[idx].src) diag_add_note(ck->d, g, first[idx], N_FIRST_DEFINED_HERE);
        bad = true; continue;
      }
      of[idx] = b; first[idx] = pn->loc;
    }
  }
  /* Arm bodies that mix int and decimal: every arm becomes decimal. */
  if (!want && rt && rt->kind == T_INT)
    for (int i = 0; i < arms->n; i++) if (bodies[i] && bodies[i]->type->kind == T_DEC) { rt = &type_dec; break; }
  if (rt && !want)
    for (int i = 0; i < arms->n; i++) {
      if (!bodies[i] || is_err(bodies[i]->type)) continue;
      IrExpr *c = coerce(x, bodies[i], rt, arms->items[i]->as.arm.body ? arms->items[i]->as.arm.body->loc : arms->items[i]->loc);
      if (is_err(c->type)) bad = true;
      if (c != bodies[i]) {
        for (int k = 0; k < en->n; k++) if (of[k] == bodies[i]) of[k] = c;
        bodies[i] = c;
      }
    }
  Buf missing; buf_init(&missing);
  int nmiss = 0;
  for (int k = 0; k < en->n; k++)
    if (!of[k]) { buf_printf(&missing, "%s%s", nmiss ? ", " : "", en->members[k].name); nmiss++; }
  if (nmiss && !bad) {
    diag_report(ck->d, DIAG_ERROR, e->loc, E_MATCH_MISSING, en->name, buf_cstr(&missing));
    bad = true;
  }
  if (bad || !rt) return poison(e->loc);
  IrExpr *r = irx(X_MATCH, rt, e->loc);
  r->as.match.scrutinee = s; r->as.match.n = en->n; r->as.match.arm_of_member = of;
  return r;
}

/* ---- collections ------------------------------------------------------------------------ */

/* set -> '{' [expr {',' expr}] '}'; list -> '[' [expr {',' expr}] ']': the members of one
 * type, the expected element type when there is one. */
static IrExpr *elab_items(Ex *x, Node *e, const Type *want) {
  Checker *ck = x->ck;
  bool is_set = e->kind == N_SET_LIT;
  TypeKind tk = is_set ? T_SET : T_LIST;
  const Type *elem = NULL;
  const Type *lost = want && is_err(want) ? want : NULL;   /* see infer */
  if (lost) want = NULL;
  if (want && want->kind == tk) elem = want->as.elem;
  else if (want && !is_err(want)) {
    /* the literal is of the wrong shape: report it once, as a whole */
    diag_report(ck->d, DIAG_ERROR, e->loc, E_TYPE_MISMATCH, type_name(want), msg_format(is_set ? N_WORD_A_SET : N_WORD_A_LIST, ck->d->lang));
    for (int i = 0; i < e->as.items.n; i++) infer(x, e->as.items.items[i], NULL);
    return poison(e->loc);
  }
  int n = e->as.items.n;
  IrExpr **items = ZAN_NEWN(IrExpr *, n);
  bool bad = false;
  for (int i = 0; i < n; i++) {
    Node *it = e->as.items.items[i];
    if (elem && !is_err(elem)) items[i] = expect(x, it, elem);
    else {
      items[i] = infer(x, it, lost);
      if (!elem && !is_err(items[i]->type)) elem = items[i]->type;
    }
    if (is_err(items[i]->type)) bad = true;
  }
  /* {1, 2.5}: promote to decimal when the first item fixed int */
  if (!want && elem && elem->kind == T_INT)
    for (int i = 0; i < n; i++) if (items[i]->type->kind == T_DEC) { elem = &type_dec; break; }
  if (!want && elem)
    for (int i = 0; i < n; i++) if (!is_err(items[i]->type)) { items[i] = coerce(x, items[i], elem, e->as.items.items[i]->loc); if (is_err(items[i]->type)) bad = true; }
  if (!elem) {
    if (!bad && !lost) diag_report(ck->d, DIAG_ERROR, e->loc, E_EMPTY_UNTYPED, msg_format(is_set ? N_WORD_SET : N_WORD_LIST, ck->d->lang));
    return poison(e->loc);
  }
  if (bad || is_err(elem)) return poison(e->loc);
  if (is_set && (elem->kind == T_SET || elem->kind == T_LIST || elem->kind == T_RECORD)) {
    /* allowed by the value model (lexicographic order), kept */
  }
  IrExpr *r = irx(is_set ? X_SET : X_LIST, is_set ? type_set_of((Type *)elem) : type_list_of((Type *)elem), e->loc);
  r->as.items.n = n; r->as.items.items = items;
  /* a set of constants ({medium, high}) is built here once, not by every evaluation; the
   * X_SET stays (explanations and test reports show it as written) */
  bool consts = is_set;
  for (int i = 0; consts && i < n; i++) consts = items[i]->op == X_CONST && items[i]->as.k.kind != V_UNKNOWN;
  Val folded;
  if (consts && check_fold(r, &folded) && folded.kind == V_SET) r->as.items.folded = folded.as.set;
  return r;
}

/* quant -> ('any' | 'all') NAME 'in' expr ':' expr: the collection a set or list, the
 * variable a local of its element type, the body bool. */
static IrExpr *elab_quant(Ex *x, Node *e) {
  Checker *ck = x->ck;
  IrExpr *coll = infer(x, e->as.quant.coll, NULL);
  const Type *et = &type_error;
  if (!is_err(coll->type)) {
    if (is_coll(coll->type)) et = coll->type->as.elem;
    else diag_report(ck->d, DIAG_ERROR, e->as.quant.coll->loc, E_NOT_COLLECTION, e->as.quant.is_all ? "all" : "any", type_name(coll->type));
  }
  const char *var = e->as.quant.var.text ? e->as.quant.var.text : "?";
  int slot = ex_push(x, var, et);
  IrExpr *body = e->as.quant.body ? expect(x, e->as.quant.body, &type_bool) : poison(e->loc);
  ex_pop(x);
  if (is_err(et) || is_err(body->type)) return poison(e->loc);
  IrExpr *r = irx(e->as.quant.is_all ? X_ALL : X_ANY, &type_bool, e->loc);
  r->as.quant.local = slot; r->as.quant.coll = coll; r->as.quant.body = body;
  return r;
}

/* ---- the expression switch --------------------------------------------------------------- */

/* Types e, using want (may be NULL) where the expression cannot tell its own type: bare enum
 * members, empty sets, match arms. The result may still differ from want (callers coerce). */
static IrExpr *infer(Ex *x, Node *e, const Type *want) {
  Checker *ck = x->ck;
  if (!e) return poison((Loc){0});
  if (ck->inlining) ck->inlined_nodes++;
  /* The expected type was lost to an earlier error (reported, or the echo of a syntax error):
   * a bare enum member or a literal that only that type could have typed is no error of its
   * own then, so names and literals get it as it is; everything else infers freely. */
  const Type *lost = want && is_err(want) ? want : NULL;
  if (lost) want = NULL;
  switch (e->kind) {
  case N_INT:  return ir_const(val_int(e->as.i), &type_int, e->loc);
  case N_DEC: {
    const char *err = NULL;
    ZDecimal *d = e->as.text ? dec_parse(e->as.text, strlen(e->as.text), true, &err) : NULL;
    if (!d) { diag_report(ck->d, DIAG_ERROR, e->loc, E_BAD_DECIMAL, e->as.text ? e->as.text : "", dec_error_text(err, ck->d->lang)); return poison(e->loc); }
    return ir_const(val_dec(d), &type_dec, e->loc);
  }
  case N_TEXT: return ir_const(val_text(e->as.text ? e->as.text : "", (uint32_t)strlen(e->as.text ? e->as.text : "")), &type_text, e->loc);
  case N_DATE: return ir_const(val_date(e->as.date), &type_date, e->loc);
  case N_DUR:  return ir_const(val_dur(e->as.dur), &type_dur, e->loc);
  case N_BOOL: return ir_const(val_bool(e->as.b), &type_bool, e->loc);
  case N_UNKNOWN:
    diag_report(ck->d, DIAG_ERROR, e->loc, E_UNKNOWN_LITERAL);
    return poison(e->loc);
  case N_NAME: return elab_name(x, e, lost ? lost : want);
  case N_FIELD_ACCESS: return elab_access(x, e);
  case N_CALL: return elab_call(x, e);
  case N_UNARY: {
    if (e->as.unary.op == OP_NOT) {
      IrExpr *a = expect(x, e->as.unary.e, &type_bool);
      IrExpr *r = irx(X_NOT, &type_bool, e->loc); r->as.un = a; return r;
    }
    IrExpr *a = infer(x, e->as.unary.e, want);
    if (is_err(a->type)) return poison(e->loc);
    if (!type_is_numeric(a->type) && a->type->kind != T_DUR) {
      diag_report(ck->d, DIAG_ERROR, e->loc, E_NEG_TYPE, type_name(a->type));
      return poison(e->loc);
    }
    IrExpr *r = irx(X_NEG, a->type, e->loc); r->as.un = a; return r;
  }
  case N_BINARY: return elab_binary(x, e);
  case N_IF: {
    IrExpr *c = expect(x, e->as.ifx.cond, &type_bool);
    IrExpr *t = infer(x, e->as.ifx.then_, want);
    IrExpr *f = infer(x, e->as.ifx.else_, want ? want : t->type);
    if (want) { t = coerce(x, t, want, e->as.ifx.then_->loc); f = coerce(x, f, want, e->as.ifx.else_->loc); }
    else if (!unify_branches(x, &t, &f, e->as.ifx.else_->loc)) return poison(e->loc);
    if (is_err(c->type) || is_err(t->type) || is_err(f->type)) return poison(e->loc);
    IrExpr *r = irx(X_IF, t->type, e->loc);
    r->as.cond.c = c; r->as.cond.t = t; r->as.cond.e = f;
    return r;
  }
  case N_MATCH: return elab_match(x, e, want);
  case N_QUANT: return elab_quant(x, e);
  case N_SET_LIT: case N_LIST_LIT: return elab_items(x, e, lost ? lost : want);
  case N_ERROR: return poison(e->loc);
  default:
    diag_report(ck->d, DIAG_ERROR, e->loc, E_NOT_AN_EXPR, ast_kind_name(e->kind));
    return poison(e->loc);
  }
}

/* The declaration passes (check_types.c, check_fold.c) elaborate through these two. */
IrExpr *elab_infer(Ex *x, Node *e, const Type *want) { return infer(x, e, want); }
IrExpr *elab_expect(Ex *x, Node *e, const Type *want) { return expect(x, e, want); }
