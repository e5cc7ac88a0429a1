/* lint_smt.c — the lowered IR as Z3 formulas (two-valued: every fact the formulas read is
 * known), and the solver questions of `zan lint`: conflicts (each witness confirmed by the evaluator) and
 * rules that can never apply. Z3 is Debian's libz3 (docs/lint.md says why an SMT solver). */
#include <string.h>
#include <stdio.h>
#include <z3.h>
#include "lint.h"
#include "eval.h"
#include "eval_impl.h"
#include "facts.h"
#include "facts_write.h"
#include "../lang/base/alloc.h"
#include "../lang/base/decimal.h"
#include "../lang/base/exitcodes.h"
#include "../lang/base/messages.h"

#define LINT_TIMEOUT_MS 5000   /* per solver question; an undecided question makes no finding */
#define LINT_MAX_CALL_DEPTH 32

/* A value as formulas: a scalar (a), or a set of an enum as one Bool per member (bits, n);
 * fp: a local's value, the structure of what it is bound to (opaque_expr), NULL if none;
 * a == NULL and bits == NULL: a value the encoding does not follow (lists, records, durations). */
typedef struct Sv { Z3_ast a; Z3_ast *bits; int n; const char *fp; } Sv;

/* Text constants: shared by the encoders of one solver, so equal texts are equal Ints. */
typedef struct SmtTexts { int n; const char **items; } SmtTexts;
/* Values the encoding does not follow, by the structure of their expression (opaque_expr):
 * shared by the encoders of one solver, so one expression over the same facts is one value. */
typedef struct SmtOpaques { int n, cap; const char **keys; Sv *vals; } SmtOpaques;

struct LintSmt {
  const Program *p;
  Z3_context     z;
  Z3_solver      s;
  Z3_ast         asof;
  Z3_ast        *slot;        /* fact slot -> its variable (created on first read) */
  Sv            *slot_set;    /* set-of-enum slots: their member variables */
  Sv            *out;         /* output -> its value, once encoded */
  uint8_t       *out_state;   /* 0 not yet, 1 in progress, 2 done */
  bool          *out_approx;  /* its formulas over-approximate some value */
  Z3_ast        *fires, *applies;   /* rule -> formulas (NULL until made) */
  SmtTexts      *tt;          /* text constants, interned: a text is an Int, its index here */
  SmtOpaques    *oq;          /* unencoded expressions by structure (shared with first) */
  int            disabled;    /* a rule read as absent (-1: none): lint's redundancy questions */
  const char   **fnfp;        /* function -> the structure of its body (opaque_expr), once made */
  int           *fresh;       /* the counter that names fresh variables (shared with first) */
  LintSmt       *first;       /* lint_smt_new_beside: the encoder whose solver and facts it shares */
  bool           approx;      /* the last formulas made contain a value not followed exactly */
  int            depth;
};

static Z3_sort bool_sort(LintSmt *s) { return Z3_mk_bool_sort(s->z); }
static Z3_sort int_sort(LintSmt *s)  { return Z3_mk_int_sort(s->z); }
static Z3_ast  mk_int(LintSmt *s, int64_t v) { return Z3_mk_int64(s->z, v, int_sort(s)); }
static Z3_ast  mk_true(LintSmt *s)  { return Z3_mk_true(s->z); }
static Z3_ast  mk_false(LintSmt *s) { return Z3_mk_false(s->z); }
static Z3_ast  mk_not(LintSmt *s, Z3_ast a) { return Z3_mk_not(s->z, a); }
static Z3_ast  mk_and2(LintSmt *s, Z3_ast a, Z3_ast b) { Z3_ast x[2] = { a, b }; return Z3_mk_and(s->z, 2, x); }
static Z3_ast  mk_or2(LintSmt *s, Z3_ast a, Z3_ast b)  { Z3_ast x[2] = { a, b }; return Z3_mk_or(s->z, 2, x); }

static bool is_enum_set(const Type *t) {
  return t && t->kind == T_SET && t->as.elem->kind == T_ENUM && t->as.elem->as.en->n <= 64;
}
static bool is_scalar(const Type *t) {
  return t && (t->kind == T_BOOL || t->kind == T_INT || t->kind == T_DEC || t->kind == T_DATE ||
               t->kind == T_ENUM || t->kind == T_TEXT);
}

static Z3_ast new_var(LintSmt *s, const char *hint, Z3_sort sort) {
  char name[64];
  snprintf(name, sizeof name, "%s!%d", hint, (*s->fresh)++);
  return Z3_mk_const(s->z, Z3_mk_string_symbol(s->z, name), sort);
}

/* A variable of type t (enum: constrained to its members). */
static Sv var_of(LintSmt *s, const Type *t, const char *hint) {
  Sv v = { 0 };
  if (is_enum_set(t)) {
    v.n = t->as.elem->as.en->n;
    v.bits = ZAN_NEWN(Z3_ast, v.n);
    for (int i = 0; i < v.n; i++) v.bits[i] = new_var(s, hint, bool_sort(s));
    return v;
  }
  if (!is_scalar(t)) return v;
  Z3_sort sort = t->kind == T_BOOL ? bool_sort(s) : t->kind == T_DEC ? Z3_mk_real_sort(s->z) : int_sort(s);
  v.a = new_var(s, hint, sort);
  if (t->kind == T_ENUM)
    Z3_solver_assert(s->z, s->s, mk_and2(s, Z3_mk_ge(s->z, v.a, mk_int(s, 0)),
                                         Z3_mk_lt(s->z, v.a, mk_int(s, t->as.en->n))));
  if (t->kind == T_DATE)   /* dates zan can read and print */
    Z3_solver_assert(s->z, s->s, mk_and2(s, Z3_mk_ge(s->z, v.a, mk_int(s, date_from_ymd(1900, 1, 1))),
                                         Z3_mk_le(s->z, v.a, mk_int(s, date_from_ymd(2199, 12, 31)))));
  return v;
}

/* A value the encoding does not follow: a fresh variable of its type (an over-approximation:
 * anything the real value could be, it can be). */
static Sv opaque(LintSmt *s, const Type *t) { s->approx = true; return var_of(s, t, "opaque"); }

/* ---- one value for one unencoded expression ----
 * The structure of an expression as text: operators, types (enums with their members), constants,
 * fact paths, parameters with their dated values, called functions' bodies. Two expressions with
 * one structure, read on one fact file and date, have one value: so an unencoded one can be one
 * fresh variable wherever it occurs, in one policy or in two (zan impact). Not for expressions
 * that read an output (its rules may differ between the encoders) or a local bound outside. */
typedef struct Fp {
  const Program *p;
  Buf            b;
  bool           in_fn;         /* in a function's body: its locals are bound by the call */
  int            nbound;        /* locals bound by quantifiers inside the expression */
  int            bound[64];
  const char   **fn;            /* function -> its body's structure, made once (NULL: not yet) */
  const Sv      *env;           /* the locals being encoded: what each is bound to (Sv.fp) */
} Fp;

static void fp_type(Fp *f, const Type *t) {
  buf_puts(&f->b, t ? type_name(t) : "?");
  if (t && t->kind == T_SET) t = t->as.elem;
  if (t && t->kind == T_ENUM)
    for (int i = 0; i < t->as.en->n; i++)
      buf_printf(&f->b, "%c%s", i ? ',' : '{', t->as.en->members[i].name);
}

static bool fp_expr(Fp *f, const IrExpr *e);
static bool fp_list(Fp *f, IrExpr **items, int n) {
  for (int i = 0; i < n; i++) if (!fp_expr(f, items[i])) return false;
  return true;
}

static bool fp_expr(Fp *f, const IrExpr *e) {
  if (!e) { buf_puts(&f->b, "()"); return true; }
  buf_printf(&f->b, "(%d:", e->op);
  fp_type(f, e->type);
  buf_push(&f->b, ' ');
  bool ok = true;
  switch (e->op) {
  case X_CONST: val_to_json(e->as.k, e->type, &f->b); break;
  case X_FACT:  buf_puts(&f->b, f->p->slots[e->as.index]->path); break;
  case X_OUTPUT: return false;
  case X_PARAM: {
    const IrParam *pa = &f->p->params[e->as.index];
    buf_puts(&f->b, pa->name);
    for (int i = 0; i < pa->n; i++) {
      buf_printf(&f->b, " %d=", (int)pa->dates[i]);
      val_to_json(pa->values[i], pa->type, &f->b);
    }
    break;
  }
  case X_LOCAL: {
    bool bound = f->in_fn;   /* in a function's body: its parameters are the call's arguments */
    for (int i = 0; i < f->nbound && !bound; i++) bound = f->bound[i] == e->as.index;
    if (bound) { buf_printf(&f->b, "%d", e->as.index); break; }
    /* bound outside: by what it stands for (a call's argument, a quantifier's member) */
    if (!f->env || !f->env[e->as.index].fp) return false;
    buf_printf(&f->b, "=%s", f->env[e->as.index].fp);
    break;
  }
  case X_ASOF: break;
  case X_NOT: case X_NEG: case X_TODEC: ok = fp_expr(f, e->as.un); break;
  case X_IF:
    ok = fp_expr(f, e->as.cond.c) && fp_expr(f, e->as.cond.t) && fp_expr(f, e->as.cond.e);
    break;
  case X_MATCH:
    ok = fp_expr(f, e->as.match.scrutinee) && fp_list(f, e->as.match.arm_of_member, e->as.match.n);
    break;
  case X_ANY: case X_ALL:
    if (f->nbound >= 64) return false;
    buf_printf(&f->b, "%d", e->as.quant.local);
    f->bound[f->nbound++] = e->as.quant.local;
    ok = fp_expr(f, e->as.quant.coll) && fp_expr(f, e->as.quant.body);
    f->nbound--;
    break;
  case X_SET: case X_LIST: case X_RECORD: ok = fp_list(f, e->as.items.items, e->as.items.n); break;
  case X_FIELD: buf_printf(&f->b, "%d", e->as.field.index); ok = fp_expr(f, e->as.field.rec); break;
  case X_CALL: {
    /* the body's structure once per function (the checker refuses recursion): a function that
     * calls another twice at every level does not make it exponential */
    int k = e->as.call.fn;
    if (!fp_list(f, e->as.call.args, e->as.call.n)) return false;
    if (!f->fn) f->fn = ZAN_NEWN(const char *, f->p->nfuncs);
    if (!f->fn[k]) {   /* named by a hash of its body's structure (FNV-1a), so it stays short */
      Fp g = { .p = f->p, .in_fn = true, .fn = f->fn };
      buf_init(&g.b);
      uint64_t h = 14695981039346656037ull;
      if (fp_expr(&g, f->p->funcs[k].body))
        for (size_t i = 0; i < g.b.len; i++)
          h = (h ^ (unsigned char)g.b.data[i]) * 1099511628211ull;
      else h = 0;
      f->fn[k] = h ? zan_sprintf("%s#%016llx", f->p->funcs[k].name, (unsigned long long)h) : "";
    }
    if (!*f->fn[k]) return false;
    buf_puts(&f->b, f->fn[k]);
    break;
  }
  case X_BUILTIN:
    buf_puts(&f->b, builtin_info[e->as.builtin.b].name);
    ok = fp_list(f, e->as.builtin.args, e->as.builtin.n);
    break;
  default:   /* the binary operators */
    ok = fp_expr(f, e->as.bin.l) && fp_expr(f, e->as.bin.r);
    break;
  }
  buf_push(&f->b, ')');
  return ok;
}

/* An expression the encoding does not follow: the one variable of its structure, else a fresh
 * one (it reads an output, or a local bound outside it). */
/* The structure of e with the locals of env, or NULL. */
static const char *structure(LintSmt *s, const IrExpr *e, const Sv *env) {
  Fp f = { .p = s->p, .fn = s->fnfp, .env = env };
  buf_init(&f.b);
  bool ok = fp_expr(&f, e);
  s->fnfp = f.fn;
  return ok ? buf_cstr(&f.b) : NULL;
}

/* The one variable of a key (a structure, or an output's missing default). */
static Sv shared_var(LintSmt *s, const char *key, const Type *t) {
  SmtOpaques *q = s->oq;
  s->approx = true;
  for (int i = 0; i < q->n; i++)
    if (strcmp(q->keys[i], key) == 0) return q->vals[i];
  if (q->n == q->cap) {
    int cap = q->cap ? q->cap * 2 : 32;
    const char **k = ZAN_NEWN(const char *, cap);
    Sv *v = ZAN_NEWN(Sv, cap);
    if (q->n) {
      memcpy(k, q->keys, sizeof *k * (size_t)q->n);
      memcpy(v, q->vals, sizeof *v * (size_t)q->n);
    }
    q->keys = k;
    q->vals = v;
    q->cap = cap;
  }
  q->keys[q->n] = key;
  q->vals[q->n] = var_of(s, t, "opaque");
  return q->vals[q->n++];
}

static Sv opaque_expr(LintSmt *s, const IrExpr *e, const Sv *env) {
  const char *key = structure(s, e, env);
  return key ? shared_var(s, key, e->type) : opaque(s, e->type);
}

static int intern_text(LintSmt *s, const char *t, uint32_t len) {
  SmtTexts *x = s->tt;
  for (int i = 0; i < x->n; i++)
    if (strlen(x->items[i]) == len && memcmp(x->items[i], t, len) == 0) return i;
  const char **n = ZAN_NEWN(const char *, x->n + 1);
  if (x->n) memcpy(n, x->items, sizeof *n * (size_t)x->n);
  char *c = zan_alloc_atomic(len + 1);
  memcpy(c, t, len);
  c[len] = 0;
  n[x->n] = c;
  x->items = n;
  return x->n++;
}

static Sv scalar(Z3_ast a) { Sv v = { a, NULL, 0, NULL }; return v; }

static Sv const_of(LintSmt *s, Val k, const Type *t) {
  switch (k.kind) {
  case V_BOOL: return scalar(k.as.b ? mk_true(s) : mk_false(s));
  case V_INT:  return scalar(mk_int(s, k.as.i));
  case V_DATE: return scalar(mk_int(s, k.as.date));
  case V_ENUM: return scalar(mk_int(s, k.as.e));
  case V_TEXT: return scalar(mk_int(s, intern_text(s, k.as.t.s, k.as.t.len)));
  case V_DEC: {
    char *str = dec_to_string(k.as.d);
    if (strpbrk(str, "eE")) break;
    return scalar(Z3_mk_numeral(s->z, str, Z3_mk_real_sort(s->z)));
  }
  case V_SET:
    if (is_enum_set(t)) {
      Sv v = { NULL, NULL, t->as.elem->as.en->n, NULL };
      v.bits = ZAN_NEWN(Z3_ast, v.n);
      for (int i = 0; i < v.n; i++) v.bits[i] = mk_false(s);
      for (uint32_t i = 0; i < k.as.set->n; i++)
        if (k.as.set->items[i].kind == V_ENUM) v.bits[k.as.set->items[i].as.e] = mk_true(s);
      return v;
    }
    break;
  default: break;
  }
  return opaque(s, t);
}

static Sv enc(LintSmt *s, const IrExpr *e, Sv *env);
static Sv output_value(LintSmt *s, int o);

static Sv fact_var(LintSmt *s, int slot);
/* Whether a fact of type a in one policy and of type b in another can be one variable: the same
 * kind, and enums with the same members in the same order (a member is its index). */
static bool same_shape(const Type *a, const Type *b) {
  if (!a || !b || a->kind != b->kind) return false;
  if (a->kind == T_SET) return same_shape(a->as.elem, b->as.elem);
  if (a->kind != T_ENUM) return true;
  if (a->as.en->n != b->as.en->n) return false;
  for (int i = 0; i < a->as.en->n; i++)
    if (strcmp(a->as.en->members[i].name, b->as.en->members[i].name) != 0) return false;
  return true;
}

/* Beside another encoder: the first's variable of the fact at the same path and of the same
 * shape, so both policies read one fact file. NULL-valued when there is none. */
static Sv first_fact(LintSmt *s, int slot) {
  Sv none = { 0 };
  const IrFact *f = s->p->slots[slot];
  const IrFact *g = ir_find_fact(s->first->p, f->path, strlen(f->path), false);
  if (!g || g->slot < 0 || !same_shape(f->type, g->type)) return none;
  return fact_var(s->first, g->slot);
}

static Sv fact_var(LintSmt *s, int slot) {
  const Type *t = s->p->slots[slot]->type;
  if (s->first && !s->slot[slot] && !s->slot_set[slot].bits && (is_enum_set(t) || is_scalar(t))) {
    Sv v = first_fact(s, slot);
    if (v.bits) s->slot_set[slot] = v;
    else if (v.a) s->slot[slot] = v.a;
  }
  if (is_enum_set(t)) {
    if (!s->slot_set[slot].bits) s->slot_set[slot] = var_of(s, t, "fact");
    return s->slot_set[slot];
  }
  if (!is_scalar(t)) return opaque(s, t);
  if (!s->slot[slot]) s->slot[slot] = var_of(s, t, "fact").a;
  return scalar(s->slot[slot]);
}

static Sv param_value(LintSmt *s, const IrExpr *e) {
  const Sv *env = NULL;   /* a parameter reads no local */
  const IrParam *pa = &s->p->params[e->as.index];
  if (pa->n == 0) return opaque_expr(s, e, env);
  Sv v = const_of(s, pa->values[0], pa->type);   /* before the first date: an error at run time */
  if (!v.a) return opaque_expr(s, e, env);
  for (int i = 1; i < pa->n; i++) {
    Sv k = const_of(s, pa->values[i], pa->type);
    if (!k.a) return opaque_expr(s, e, env);
    v.a = Z3_mk_ite(s->z, Z3_mk_ge(s->z, s->asof, mk_int(s, pa->dates[i])), k.a, v.a);
  }
  return v;
}

/* Equality of two values of one type; NULL when the encoding does not follow them. */
static Z3_ast eq_of(LintSmt *s, Sv a, Sv b) {
  if (a.a && b.a) return Z3_mk_eq(s->z, a.a, b.a);
  if (a.bits && b.bits && a.n == b.n) {
    Z3_ast *x = ZAN_NEWN(Z3_ast, a.n);
    for (int i = 0; i < a.n; i++) x[i] = Z3_mk_eq(s->z, a.bits[i], b.bits[i]);
    return a.n ? Z3_mk_and(s->z, (unsigned)a.n, x) : mk_true(s);
  }
  return NULL;
}

static Sv ite_of(LintSmt *s, Z3_ast c, Sv t, Sv f, const Type *ty) {
  if (t.a && f.a) return scalar(Z3_mk_ite(s->z, c, t.a, f.a));
  if (t.bits && f.bits && t.n == f.n) {
    Sv v = { NULL, ZAN_NEWN(Z3_ast, t.n), t.n, NULL };
    for (int i = 0; i < t.n; i++) v.bits[i] = Z3_mk_ite(s->z, c, t.bits[i], f.bits[i]);
    return v;
  }
  return opaque(s, ty);
}

/* m (an enum value) is a member of set v */
static Z3_ast member_of(LintSmt *s, Z3_ast m, Sv set) {
  Z3_ast *x = ZAN_NEWN(Z3_ast, set.n);
  for (int i = 0; i < set.n; i++) x[i] = mk_and2(s, Z3_mk_eq(s->z, m, mk_int(s, i)), set.bits[i]);
  return set.n ? Z3_mk_or(s->z, (unsigned)set.n, x) : mk_false(s);
}

static Sv enc_bin(LintSmt *s, const IrExpr *e, Sv *env) {
  Sv l = enc(s, e->as.bin.l, env), r = enc(s, e->as.bin.r, env);
  Z3_context z = s->z;
  switch (e->op) {
  case X_AND: if (l.a && r.a) return scalar(mk_and2(s, l.a, r.a)); break;
  case X_OR:  if (l.a && r.a) return scalar(mk_or2(s, l.a, r.a)); break;
  case X_EQ: case X_NE: {
    Z3_ast q = eq_of(s, l, r);
    if (q) return scalar(e->op == X_EQ ? q : mk_not(s, q));
    break;
  }
  case X_LT: if (l.a && r.a) return scalar(Z3_mk_lt(z, l.a, r.a)); break;
  case X_LE: if (l.a && r.a) return scalar(Z3_mk_le(z, l.a, r.a)); break;
  case X_GT: if (l.a && r.a) return scalar(Z3_mk_gt(z, l.a, r.a)); break;
  case X_GE: if (l.a && r.a) return scalar(Z3_mk_ge(z, l.a, r.a)); break;
  case X_IN:
    if (l.a && r.bits) return scalar(member_of(s, l.a, r));
    break;
  case X_CONTAINS:
    if (r.a && l.bits) return scalar(member_of(s, r.a, l));
    break;
  case X_SUBSET:   /* l has every member of r */
    if (l.bits && r.bits && l.n == r.n) {
      Z3_ast *x = ZAN_NEWN(Z3_ast, l.n);
      for (int i = 0; i < l.n; i++) x[i] = mk_or2(s, mk_not(s, r.bits[i]), l.bits[i]);
      return scalar(l.n ? Z3_mk_and(z, (unsigned)l.n, x) : mk_true(s));
    }
    break;
  case X_INTERSECTS:
    if (l.bits && r.bits && l.n == r.n) {
      Z3_ast *x = ZAN_NEWN(Z3_ast, l.n);
      for (int i = 0; i < l.n; i++) x[i] = mk_and2(s, l.bits[i], r.bits[i]);
      return scalar(l.n ? Z3_mk_or(z, (unsigned)l.n, x) : mk_false(s));
    }
    break;
  case X_ADD: case X_SUB: case X_MUL:
    /* numbers only: dates and durations move by calendar months, not followed */
    if (l.a && r.a && type_is_numeric(e->type) && type_is_numeric(e->as.bin.l->type) &&
        type_is_numeric(e->as.bin.r->type)) {
      Z3_ast x[2] = { l.a, r.a };
      return scalar(e->op == X_ADD ? Z3_mk_add(z, 2, x) : e->op == X_SUB ? Z3_mk_sub(z, 2, x) : Z3_mk_mul(z, 2, x));
    }
    break;
  default: break;
  }
  return opaque_expr(s, e, env);
}

static Sv enc_quant(LintSmt *s, const IrExpr *e, Sv *env) {
  Sv coll = enc(s, e->as.quant.coll, env);
  if (!coll.bits) return opaque_expr(s, e, env);
  Z3_ast *x = ZAN_NEWN(Z3_ast, coll.n);
  for (int i = 0; i < coll.n; i++) {
    env[e->as.quant.local] = scalar(mk_int(s, i));
    env[e->as.quant.local].fp = zan_sprintf("m%d", i);
    Sv b = enc(s, e->as.quant.body, env);
    if (!b.a) return opaque_expr(s, e, env);
    x[i] = e->op == X_ANY ? mk_and2(s, coll.bits[i], b.a) : mk_or2(s, mk_not(s, coll.bits[i]), b.a);
  }
  if (!coll.n) return scalar(e->op == X_ANY ? mk_false(s) : mk_true(s));
  return scalar(e->op == X_ANY ? Z3_mk_or(s->z, (unsigned)coll.n, x) : Z3_mk_and(s->z, (unsigned)coll.n, x));
}

static Sv enc_call(LintSmt *s, const IrExpr *e, Sv *env) {
  const IrFunc *f = &s->p->funcs[e->as.call.fn];
  if (s->depth >= LINT_MAX_CALL_DEPTH) return opaque_expr(s, e, env);
  Sv *frame = ZAN_NEWN(Sv, f->nlocals);
  for (int i = 0; i < e->as.call.n && i < f->nparams; i++) {
    frame[i] = enc(s, e->as.call.args[i], env);
    frame[i].fp = structure(s, e->as.call.args[i], env);
  }
  s->depth++;
  Sv v = enc(s, f->body, frame);
  s->depth--;
  return v;
}

static Sv enc(LintSmt *s, const IrExpr *e, Sv *env) {
  switch (e->op) {
  case X_CONST:  return const_of(s, e->as.k, e->type);
  case X_FACT:   return fact_var(s, e->as.index);
  case X_OUTPUT: return output_value(s, e->as.index);
  case X_PARAM:  return param_value(s, e);
  case X_LOCAL:  return env && (env[e->as.index].a || env[e->as.index].bits) ? env[e->as.index] : opaque_expr(s, e, env);
  case X_ASOF:   return scalar(s->asof);
  case X_NOT: { Sv u = enc(s, e->as.un, env); if (u.a) return scalar(mk_not(s, u.a)); break; }
  case X_NEG: { Sv u = enc(s, e->as.un, env); if (u.a) return scalar(Z3_mk_unary_minus(s->z, u.a)); break; }
  case X_TODEC: { Sv u = enc(s, e->as.un, env); if (u.a) return scalar(Z3_mk_int2real(s->z, u.a)); break; }
  case X_AND: case X_OR: case X_EQ: case X_NE: case X_LT: case X_LE: case X_GT: case X_GE:
  case X_IN: case X_CONTAINS: case X_SUBSET: case X_INTERSECTS: case X_ADD: case X_SUB: case X_MUL:
    return enc_bin(s, e, env);
  case X_IF: {
    Sv c = enc(s, e->as.cond.c, env);
    Sv t = enc(s, e->as.cond.t, env), f = enc(s, e->as.cond.e, env);
    if (c.a) return ite_of(s, c.a, t, f, e->type);
    break;
  }
  case X_MATCH: {
    Sv sc = enc(s, e->as.match.scrutinee, env);
    if (!sc.a || e->as.match.n <= 0) break;
    int n = e->as.match.n;
    Sv v = enc(s, e->as.match.arm_of_member[n - 1], env);
    for (int i = n - 2; i >= 0; i--)
      v = ite_of(s, Z3_mk_eq(s->z, sc.a, mk_int(s, i)), enc(s, e->as.match.arm_of_member[i], env), v, e->type);
    return v;
  }
  case X_ANY: case X_ALL:
    if (env) return enc_quant(s, e, env);
    break;
  case X_SET:
    if (is_enum_set(e->type)) {
      Sv v = { NULL, NULL, e->type->as.elem->as.en->n, NULL };
      v.bits = ZAN_NEWN(Z3_ast, v.n);
      for (int m = 0; m < v.n; m++) v.bits[m] = mk_false(s);
      for (int i = 0; i < e->as.items.n; i++) {
        Sv it = enc(s, e->as.items.items[i], env);
        if (!it.a) return opaque_expr(s, e, env);
        for (int m = 0; m < v.n; m++) v.bits[m] = mk_or2(s, v.bits[m], Z3_mk_eq(s->z, it.a, mk_int(s, m)));
      }
      return v;
    }
    break;
  case X_CALL: return enc_call(s, e, env);
  default: break;
  }
  return opaque_expr(s, e, env);
}

/* ---- rules and outputs ---- */
static Sv *new_env(const Program *p) { return ZAN_NEWN(Sv, p->nlocals); }

static Z3_ast in_force(LintSmt *s, const IrRule *r) {
  Z3_ast c = mk_true(s);
  if (r->has_from) c = mk_and2(s, c, Z3_mk_ge(s->z, s->asof, mk_int(s, r->from)));
  if (r->has_until) c = mk_and2(s, c, Z3_mk_le(s->z, s->asof, mk_int(s, r->until)));
  return c;
}

/* in force and its condition holds (exceptions aside) */
static Z3_ast holds(LintSmt *s, int ri) {
  const IrRule *r = &s->p->rules[ri];
  if (ri == s->disabled) return mk_false(s);
  Z3_ast c = in_force(s, r);
  if (r->when) {
    Sv w = enc(s, r->when, new_env(s->p));
    c = mk_and2(s, c, w.a ? w.a : opaque(s, &type_bool).a);
  }
  return c;
}

/* Two-valued reading of eval_subtree: the subtree of r fires when r or any exception below it
 * applies; r applies when it holds and no exception's subtree fires. */
static Z3_ast fires(LintSmt *s, int ri);
static Z3_ast applies(LintSmt *s, int ri) {
  if (s->applies[ri]) return s->applies[ri];
  const IrRule *r = &s->p->rules[ri];
  Z3_ast a = holds(s, ri);
  for (int i = 0; i < r->nexceptions; i++) a = mk_and2(s, a, mk_not(s, fires(s, r->exceptions[i])));
  return s->applies[ri] = a;
}
static Z3_ast fires(LintSmt *s, int ri) {
  if (s->fires[ri]) return s->fires[ri];
  const IrRule *r = &s->p->rules[ri];
  Z3_ast f = holds(s, ri);
  for (int i = 0; i < r->nexceptions; i++) f = mk_or2(s, f, fires(s, r->exceptions[i]));
  return s->fires[ri] = f;
}

/* What rule ri gives, as a value of its output's type (includes: a one-member set). */
static Sv rule_value(LintSmt *s, int ri) {
  const IrRule *r = &s->p->rules[ri];
  const Type *ot = s->p->outputs[r->output].type;
  Sv v = enc(s, r->value, new_env(s->p));
  if (!r->includes) return v;
  if (!is_enum_set(ot) || !v.a) return opaque(s, ot);
  Sv set = { NULL, ZAN_NEWN(Z3_ast, ot->as.elem->as.en->n + 1), ot->as.elem->as.en->n, NULL };
  for (int m = 0; m < set.n; m++) set.bits[m] = Z3_mk_eq(s->z, v.a, mk_int(s, m));
  return set;
}

static Sv output_combined(LintSmt *s, int o) {
  const Program *p = s->p;
  const IrOutput *O = &p->outputs[o];
  /* no default: undetermined when no rule applies, in every encoder alike (one variable) */
  Sv dflt;
  if (O->dflt) dflt = enc(s, O->dflt, new_env(p));
  else {
    Fp f = { .p = p };
    buf_init(&f.b);
    buf_printf(&f.b, "no default %s : ", O->name);
    fp_type(&f, O->type);
    dflt = shared_var(s, buf_cstr(&f.b), O->type);
  }
  Z3_ast none = mk_true(s);   /* no rule applies */
  for (int ri = 0; ri < p->nrules; ri++)
    if (p->rules[ri].output == o) none = mk_and2(s, none, mk_not(s, applies(s, ri)));
  switch (O->combine) {
  case C_NONE: {
    Sv v = dflt;
    for (int ri = p->nrules - 1; ri >= 0; ri--)
      if (p->rules[ri].output == o) v = ite_of(s, applies(s, ri), rule_value(s, ri), v, O->type);
    return v;
  }
  case C_UNION: {
    if (!dflt.bits) return opaque(s, O->type);
    Sv v = { NULL, ZAN_NEWN(Z3_ast, dflt.n + 1), dflt.n, NULL };
    for (int m = 0; m < v.n; m++) v.bits[m] = mk_and2(s, none, dflt.bits[m]);
    for (int ri = 0; ri < p->nrules; ri++) {
      if (p->rules[ri].output != o) continue;
      Sv rv = rule_value(s, ri);
      if (!rv.bits) return opaque(s, O->type);
      for (int m = 0; m < v.n; m++) v.bits[m] = mk_or2(s, v.bits[m], mk_and2(s, applies(s, ri), rv.bits[m]));
    }
    return v;
  }
  case C_ANY: case C_ALL: {
    if (!dflt.a) return opaque(s, O->type);
    Z3_ast acc = O->combine == C_ANY ? mk_false(s) : mk_true(s);
    for (int ri = 0; ri < p->nrules; ri++) {
      if (p->rules[ri].output != o) continue;
      Sv rv = rule_value(s, ri);
      if (!rv.a) return opaque(s, O->type);
      acc = O->combine == C_ANY ? mk_or2(s, acc, mk_and2(s, applies(s, ri), rv.a))
                                : mk_and2(s, acc, mk_or2(s, mk_not(s, applies(s, ri)), rv.a));
    }
    return scalar(Z3_mk_ite(s->z, none, dflt.a, acc));
  }
  case C_MAX: case C_MIN: {
    /* ordered enums: the greatest (least) member some applying rule gives */
    if (!O->type || O->type->kind != T_ENUM || !dflt.a) return opaque(s, O->type);
    int n = O->type->as.en->n;
    Sv v = dflt;
    for (int k = 0; k < n; k++) {
      int m = O->combine == C_MAX ? k : n - 1 - k;   /* the last test made wins: the extreme */
      Z3_ast present = mk_false(s);
      for (int ri = 0; ri < p->nrules; ri++) {
        if (p->rules[ri].output != o) continue;
        Sv rv = rule_value(s, ri);
        if (!rv.a) return opaque(s, O->type);
        present = mk_or2(s, present, mk_and2(s, applies(s, ri), Z3_mk_eq(s->z, rv.a, mk_int(s, m))));
      }
      v = scalar(Z3_mk_ite(s->z, present, mk_int(s, m), v.a));
    }
    return v;
  }
  }
  return opaque(s, O->type);
}

static Sv output_value(LintSmt *s, int o) {
  if (s->out_state[o] == 2) { s->approx = s->approx || s->out_approx[o]; return s->out[o]; }
  if (s->out_state[o] == 1) return opaque(s, s->p->outputs[o].type);   /* the checker refuses cycles */
  s->out_state[o] = 1;
  bool approx = s->approx;
  s->approx = false;
  Sv v = output_combined(s, o);
  s->out_approx[o] = s->approx;   /* raised again for whoever reads this output later */
  s->approx = s->approx || approx;
  s->out[o] = v;
  s->out_state[o] = 2;
  return v;
}

/* The per-policy tables of an encoder of p. */
static LintSmt *smt_alloc(const Program *p) {
  LintSmt *s = ZAN_NEW(LintSmt);
  s->p = p;
  s->disabled = -1;
  s->slot = ZAN_NEWN(Z3_ast, p->nslots);
  s->slot_set = ZAN_NEWN(Sv, p->nslots);
  s->out = ZAN_NEWN(Sv, p->noutputs);
  s->out_state = zan_alloc_atomic((size_t)p->noutputs + 1);
  memset(s->out_state, 0, (size_t)p->noutputs + 1);
  s->out_approx = ZAN_NEWN(bool, p->noutputs);
  s->fires = ZAN_NEWN(Z3_ast, p->nrules);
  s->applies = ZAN_NEWN(Z3_ast, p->nrules);
  return s;
}

LintSmt *lint_smt_new(const Program *p) {
  LintSmt *s = smt_alloc(p);
  Z3_config cfg = Z3_mk_config();
  Z3_set_param_value(cfg, "model", "true");
  s->z = Z3_mk_context(cfg);
  Z3_del_config(cfg);
  s->s = Z3_mk_solver(s->z);
  Z3_solver_inc_ref(s->z, s->s);
  Z3_params prm = Z3_mk_params(s->z);
  Z3_params_inc_ref(s->z, prm);
  Z3_params_set_uint(s->z, prm, Z3_mk_string_symbol(s->z, "timeout"), LINT_TIMEOUT_MS);
  Z3_solver_set_params(s->z, s->s, prm);
  Z3_params_dec_ref(s->z, prm);
  s->tt = ZAN_NEW(SmtTexts);
  s->oq = ZAN_NEW(SmtOpaques);
  s->fresh = ZAN_NEW(int);
  s->asof = var_of(s, &type_date, "as_of").a;
  return s;
}

LintSmt *lint_smt_new_beside(const Program *p, LintSmt *first) {
  LintSmt *s = smt_alloc(p);
  s->first = first;
  s->z = first->z;
  s->s = first->s;
  s->tt = first->tt;
  s->oq = first->oq;
  s->fresh = first->fresh;
  s->asof = first->asof;
  return s;
}

void lint_smt_free(LintSmt *s) {
  if (s->first) return;   /* the first encoder owns the solver */
  Z3_solver_dec_ref(s->z, s->s);
  Z3_del_context(s->z);
}

/* ---- witnesses ---- */
static bool model_int(LintSmt *s, Z3_model m, Z3_ast a, int64_t *out) {
  Z3_ast v;
  if (!Z3_model_eval(s->z, m, a, true, &v)) return false;
  return Z3_get_numeral_int64(s->z, v, out);
}

static Val model_val(LintSmt *s, Z3_model m, int slot) {
  const Type *t = s->p->slots[slot]->type;
  if (is_enum_set(t)) {
    Sv sv = s->slot_set[slot];
    Val *items = ZAN_NEWN(Val, sv.n + 1);
    uint32_t k = 0;
    for (int i = 0; i < sv.n; i++) {
      Z3_ast v;
      if (Z3_model_eval(s->z, m, sv.bits[i], true, &v) && Z3_get_bool_value(s->z, v) == Z3_L_TRUE)
        items[k++] = val_enum(i);
    }
    return val_set(valset_make(items, k));
  }
  Z3_ast a = s->slot[slot], v;
  int64_t i;
  switch (t->kind) {
  case T_BOOL:
    if (!Z3_model_eval(s->z, m, a, true, &v)) break;
    return val_bool(Z3_get_bool_value(s->z, v) == Z3_L_TRUE);
  case T_INT:  if (model_int(s, m, a, &i)) return val_int(i); break;
  case T_DATE: if (model_int(s, m, a, &i)) return val_date((ZDate)i); break;
  case T_ENUM: if (model_int(s, m, a, &i)) return val_enum((int32_t)i); break;
  case T_TEXT:
    if (!model_int(s, m, a, &i)) break;
    if (i >= 0 && i < s->tt->n) return val_text(s->tt->items[i], (uint32_t)strlen(s->tt->items[i]));
    else {   /* a text unlike every constant the policy compares it with */
      char *b = zan_alloc_atomic(32);
      snprintf(b, 32, "lint-text-%lld", (long long)i);
      return val_text(b, (uint32_t)strlen(b));
    }
  case T_DEC: {
    if (!Z3_model_eval(s->z, m, a, true, &v)) break;
    const char *str = Z3_get_numeral_decimal_string(s->z, v, 12);
    if (strchr(str, '?')) break;   /* not a finite decimal: no witness */
    const char *err;
    ZDecimal *d = dec_parse(str, strlen(str), false, &err);
    if (d) return val_dec(d);
    break;
  }
  default: break;
  }
  return val_unknown();
}

/* The facts of the current model, evaluated: true when the evaluator reports the conflict
 * between r1 and r2 that the model claims (then *json is the fact file, *as_of the date). */
static bool confirm_conflict(LintSmt *s, int r1, int r2, const char **json, ZDate *as_of, bool *other) {
  const Program *p = s->p;
  Z3_model m = Z3_solver_get_model(s->z, s->s);
  Z3_model_inc_ref(s->z, m);
  int64_t d = 0;
  bool ok = model_int(s, m, s->asof, &d);
  Val *slots = ZAN_NEWN(Val, p->nslots);
  for (int i = 0; i < p->nslots; i++)
    slots[i] = s->slot[i] || s->slot_set[i].bits ? model_val(s, m, i) : val_unknown();
  Z3_model_dec_ref(s->z, m);
  if (!ok) return false;
  *as_of = (ZDate)d;
  if (p->as_of_slot >= 0) slots[p->as_of_slot] = val_date(*as_of);
  /* only this output and those it reads: a conflict elsewhere must not hide this one */
  Result *res = eval_program_one(p, slots, *as_of, LANG_EN, p->rules[r1].output, NULL);
  if (!res->error || res->error->code != ZAN_EXIT_RUNTIME) return false;
  Loc a = p->rules[r1].loc, b = p->rules[r2].loc;
  bool same = (res->error->loc.start == a.start && res->error->loc2.start == b.start) ||
              (res->error->loc.start == b.start && res->error->loc2.start == a.start);
  if (!same) {
    /* the evaluator stopped at another conflict of this output first: that pair is a finding
     * of its own, so this question is not left unsettled */
    for (int i = 0; i < p->nrules; i++)
      if (p->rules[i].output == p->rules[r1].output && p->rules[i].loc.src == res->error->loc.src &&
          p->rules[i].loc.start == res->error->loc.start) *other = true;
    return false;
  }
  Buf out;
  buf_init(&out);
  facts_write(p, slots, FMT_JSON, &out);
  *json = buf_cstr(&out);
  return true;
}

static bool related(const Program *p, int a, int b) {   /* one is an exception below the other */
  for (int r = p->rules[a].base; r >= 0; r = p->rules[r].base) if (r == b) return true;
  for (int r = p->rules[b].base; r >= 0; r = p->rules[r].base) if (r == a) return true;
  return false;
}

void lint_smt_conflicts(LintSmt *s, LintResult *res) {
  const Program *p = s->p;
  for (int o = 0; o < p->noutputs; o++) {
    if (p->outputs[o].combine != C_NONE) continue;
    for (int a = 0; a < p->nrules; a++) {
      if (p->rules[a].output != o) continue;
      for (int b = a + 1; b < p->nrules; b++) {
        if (p->rules[b].output != o || related(p, a, b)) continue;
        Sv va = rule_value(s, a), vb = rule_value(s, b);
        Z3_ast same = eq_of(s, va, vb);
        if (!same) continue;   /* values the encoding does not follow: no claim */
        Z3_solver_push(s->z, s->s);
        Z3_solver_assert(s->z, s->s, applies(s, a));
        Z3_solver_assert(s->z, s->s, applies(s, b));
        Z3_solver_assert(s->z, s->s, mk_not(s, same));
        Z3_lbool r = Z3_solver_check(s->z, s->s);
        const char *json = NULL;
        ZDate d = 0;
        bool other = false;
        bool confirmed = r == Z3_L_TRUE && confirm_conflict(s, a, b, &json, &d, &other);
        Z3_solver_pop(s->z, s->s, 1);
        if (r == Z3_L_UNDEF || (r == Z3_L_TRUE && !confirmed && !other)) { res->nskipped++; continue; }
        if (!confirmed) continue;
        LintFinding f = { LK_CONFLICT, a, b, o, -1, json, true, d, false, p->rules[b].loc };
        lint_add(res, f);
      }
    }
  }
}

void lint_smt_never(LintSmt *s, LintResult *res) {
  const Program *p = s->p;
  for (int ri = 0; ri < p->nrules; ri++) {
    s->approx = false;
    Z3_ast h = holds(s, ri);
    bool approx = s->approx;
    Z3_solver_push(s->z, s->s);
    Z3_solver_assert(s->z, s->s, h);
    Z3_lbool r = Z3_solver_check(s->z, s->s);
    Z3_solver_pop(s->z, s->s, 1);
    if (r == Z3_L_UNDEF) { res->nskipped++; continue; }
    if (r != Z3_L_FALSE) continue;
    LintFinding f = { LK_NEVER_APPLIES, ri, -1, p->rules[ri].output, -1, NULL, false, 0, approx, p->rules[ri].loc };
    lint_add(res, f);
  }
}

/* ---- two policies over one fact file (zan impact) ---- */
/* The facts of the current model for s's policy: its slots' values (unknown where no formula
 * reads them). */
static Val *model_slots(LintSmt *s, Z3_model m) {
  Val *slots = ZAN_NEWN(Val, s->p->nslots);
  for (int i = 0; i < s->p->nslots; i++)
    slots[i] = s->slot[i] || s->slot_set[i].bits ? model_val(s, m, i) : val_unknown();
  return slots;
}

int lint_smt_differ(LintSmt *a, int oa, LintSmt *b, int ob, Val **slots_a, Val **slots_b,
                    ZDate *as_of, bool *approx) {
  a->approx = b->approx = false;
  Sv va = output_value(a, oa), vb = output_value(b, ob);
  *approx = a->approx || b->approx;
  Z3_ast same = eq_of(a, va, vb);
  if (!same) return -1;   /* values the encoding does not follow, or of different shapes */
  Z3_solver_push(a->z, a->s);
  Z3_solver_assert(a->z, a->s, mk_not(a, same));
  Z3_lbool r = Z3_solver_check(a->z, a->s);
  int answer = r == Z3_L_FALSE ? 0 : r == Z3_L_TRUE ? 1 : -1;
  if (answer == 1) {
    Z3_model m = Z3_solver_get_model(a->z, a->s);
    Z3_model_inc_ref(a->z, m);
    int64_t d = 0;
    if (model_int(a, m, a->asof, &d)) {
      *as_of = (ZDate)d;
      *slots_a = model_slots(a, m);
      *slots_b = model_slots(b, m);
    } else answer = -1;
    Z3_model_dec_ref(a->z, m);
  }
  Z3_solver_pop(a->z, a->s, 1);
  return answer;
}

/* ---- rules that change nothing ---- */
static bool found(const LintResult *res, LintKind k, int rule) {
  for (int i = 0; i < res->n; i++)
    if (res->items[i].kind == k && res->items[i].rule1 == rule) return true;
  return false;
}

/* Whether the question asserted on s's solver (pushed by the caller) has no model: 1 none,
 * 0 one, -1 not settled. */
static int unsat(LintSmt *s) {
  Z3_lbool r = Z3_solver_check(s->z, s->s);
  return r == Z3_L_FALSE ? 1 : r == Z3_L_TRUE ? 0 : -1;
}

/* Rule ri changes no decision: on no fact file and date does its output differ between the
 * policy and the policy without ri (its encoding beside s with ri disabled). Only where ri
 * applies can they differ, and there, for an output without combine, the policy gives ri's
 * value (or a conflict, which the other rules then have too), so the question is whether the
 * policy without ri can give something else there; for combined outputs, whether the two
 * combined values differ. 1 it changes nothing, 0 it does, -1 not settled. */
static int changes_nothing(LintSmt *s, int ri, bool *approx) {
  const Program *p = s->p;
  int o = p->rules[ri].output;
  LintSmt *w = lint_smt_new_beside(p, s);
  w->disabled = ri;
  s->approx = w->approx = false;
  Sv without = output_value(w, o);
  Sv with = p->outputs[o].combine == C_NONE ? rule_value(s, ri) : output_value(s, o);
  *approx = s->approx || w->approx;
  Z3_ast same = eq_of(s, with, without);
  if (!same) return -1;
  Z3_solver_push(s->z, s->s);
  Z3_solver_assert(s->z, s->s, applies(s, ri));
  Z3_solver_assert(s->z, s->s, mk_not(s, same));
  int r = unsat(s);
  Z3_solver_pop(s->z, s->s, 1);
  return r;
}

/* Another rule of ri's output that applies with ri's value wherever ri applies (-1: none). */
static int covering_rule(LintSmt *s, int ri) {
  const Program *p = s->p;
  for (int k = 0; k < p->nrules; k++) {
    if (k == ri || p->rules[k].output != p->rules[ri].output) continue;
    Z3_ast same = eq_of(s, rule_value(s, k), rule_value(s, ri));
    if (!same) continue;
    Z3_solver_push(s->z, s->s);
    Z3_solver_assert(s->z, s->s, applies(s, ri));
    Z3_solver_assert(s->z, s->s, mk_not(s, mk_and2(s, applies(s, k), same)));
    int r = unsat(s);
    Z3_solver_pop(s->z, s->s, 1);
    if (r == 1) return k;
  }
  return -1;
}

void lint_smt_redundant(LintSmt *s, LintResult *res) {
  const Program *p = s->p;
  for (int ri = 0; ri < p->nrules; ri++) {
    /* a rule that never applies changes nothing, and has its finding already */
    if (found(res, LK_NEVER_APPLIES, ri)) continue;
    bool approx = false;
    int r = changes_nothing(s, ri, &approx);
    if (r < 0) { res->nskipped++; continue; }
    if (r == 0) continue;
    bool exc = p->rules[ri].base >= 0;
    LintFinding f = { exc ? LK_NO_EFFECT : LK_REDUNDANT, ri, exc ? p->rules[ri].base : -1,
                      p->rules[ri].output, -1, NULL, false, 0, approx, p->rules[ri].loc };
    if (!exc) f.rule2 = covering_rule(s, ri);
    lint_add(res, f);
  }
}

/* ---- parameters read before their first date ---- */
typedef struct ParamReads { const Program *p; bool *param, *fn; } ParamReads;
static void param_node(const IrExpr *e, void *ctx) {
  ParamReads *r = ctx;
  if (e->op == X_PARAM) r->param[e->as.index] = true;
  if (e->op == X_CALL && !r->fn[e->as.call.fn]) {
    r->fn[e->as.call.fn] = true;
    ir_walk(r->p->funcs[e->as.call.fn].body, param_node, r);
  }
}

/* The model's facts evaluated as of its date: true when the evaluator stops with an error (the
 * parameter read before its first date), then *json is the fact file. */
static bool confirm_param(LintSmt *s, int ri, const char **json, ZDate *as_of) {
  const Program *p = s->p;
  Z3_model m = Z3_solver_get_model(s->z, s->s);
  Z3_model_inc_ref(s->z, m);
  int64_t d = 0;
  bool ok = model_int(s, m, s->asof, &d);
  Val *slots = model_slots(s, m);
  Z3_model_dec_ref(s->z, m);
  if (!ok) return false;
  *as_of = (ZDate)d;
  if (p->as_of_slot >= 0) slots[p->as_of_slot] = val_date(*as_of);
  Result *r = eval_program_one(p, slots, *as_of, LANG_EN, p->rules[ri].output, NULL);
  if (!r->error || r->error->code != ZAN_EXIT_RUNTIME) return false;
  Buf out;
  buf_init(&out);
  facts_write(p, slots, FMT_JSON, &out);
  *json = buf_cstr(&out);
  return true;
}

/* A rule that reads parameter P in its condition (or a function it calls) is in force on a
 * date before P's first; one that reads P only in its value, and whose condition holds then.
 * Each witness is evaluated: only an evaluation that stops there makes a finding. */
void lint_smt_params(LintSmt *s, LintResult *res) {
  const Program *p = s->p;
  for (int ri = 0; ri < p->nrules; ri++) {
    const IrRule *r = &p->rules[ri];
    ParamReads in_when = { p, ZAN_NEWN(bool, p->nparams), ZAN_NEWN(bool, p->nfuncs) };
    ParamReads in_value = { p, ZAN_NEWN(bool, p->nparams), ZAN_NEWN(bool, p->nfuncs) };
    if (r->when) ir_walk(r->when, param_node, &in_when);
    if (r->value) ir_walk(r->value, param_node, &in_value);
    for (int k = 0; k < p->nparams; k++) {
      const IrParam *pa = &p->params[k];
      if ((!in_when.param[k] && !in_value.param[k]) || pa->n == 0) continue;
      if (r->has_from && r->from >= pa->dates[0]) continue;   /* never in force before it */
      Z3_solver_push(s->z, s->s);
      Z3_solver_assert(s->z, s->s, in_force(s, r));
      Z3_solver_assert(s->z, s->s, Z3_mk_lt(s->z, s->asof, mk_int(s, pa->dates[0])));
      if (!in_when.param[k]) Z3_solver_assert(s->z, s->s, holds(s, ri));
      Z3_lbool q = Z3_solver_check(s->z, s->s);
      const char *json = NULL;
      ZDate d = 0;
      bool confirmed = q == Z3_L_TRUE && confirm_param(s, ri, &json, &d);
      Z3_solver_pop(s->z, s->s, 1);
      if (q == Z3_L_UNDEF || (q == Z3_L_TRUE && !confirmed)) { res->nskipped++; continue; }
      if (!confirmed) continue;
      LintFinding f = { LK_PARAM_EARLY, ri, -1, r->output, k, json, true, d, false, r->loc };
      lint_add(res, f);
    }
  }
}
