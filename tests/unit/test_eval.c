/* test_eval.c — the evaluator on IR built by hand (no parser or checker needed): Kleene
 * logic, exceptions, combine, defaults, needs, partial sets, parameters, arithmetic, dates. */
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include "interp/eval.h"
#include "lang/ast.h"
#include "lang/base/alloc.h"
#include "lang/base/exitcodes.h"

/* ---- a tiny program builder ---- */
#define MAXN 32
typedef struct PB {
  Program  *p;
  IrFact   *root;
} PB;

static PB pb_new(void) {
  PB b;
  b.p = ZAN_NEW(Program);
  b.root = ZAN_NEW(IrFact);
  b.root->slot = -1;
  b.root->children = ZAN_NEWN(IrFact *, MAXN);
  b.p->facts = b.root;
  b.p->slots = ZAN_NEWN(IrFact *, MAXN);
  b.p->outputs = ZAN_NEWN(IrOutput, MAXN);
  b.p->rules = ZAN_NEWN(IrRule, MAXN);
  b.p->articles = ZAN_NEWN(IrArticle, MAXN);
  b.p->params = ZAN_NEWN(IrParam, MAXN);
  b.p->funcs = ZAN_NEWN(IrFunc, MAXN);
  b.p->subject_slot = -1;
  b.p->as_of_slot = -1;
  b.p->nlocals = 4;
  b.p->name = "t";
  return b;
}

static int pb_fact(PB *b, const char *path, const Type *t) {
  IrFact *f = ZAN_NEW(IrFact);
  const char *dot = strrchr(path, '.');
  f->name = f->key = dot ? dot + 1 : path;
  f->path = path;
  f->type = t;
  f->slot = b->p->nslots;
  b->root->children[b->root->n++] = f;
  b->p->slots[b->p->nslots] = f;
  return b->p->nslots++;
}

static int pb_output(PB *b, const char *name, const Type *t, Combine c, IrExpr *dflt) {
  IrOutput *o = &b->p->outputs[b->p->noutputs];
  o->name = name; o->type = t; o->combine = c; o->dflt = dflt;
  o->roots = ZAN_NEWN(int, MAXN);
  return b->p->noutputs++;
}

static int pb_article(PB *b, const char *id) {
  b->p->articles[b->p->narticles].id = id;
  return b->p->narticles++;
}

/* base < 0: a root rule of output o; else an exception to rule base. */
static int pb_rule(PB *b, const char *name, int o, int base, IrExpr *when, IrExpr *value, bool includes) {
  int ri = b->p->nrules++;
  IrRule *r = &b->p->rules[ri];
  r->name = name; r->output = o; r->base = base; r->when = when; r->value = value; r->includes = includes;
  r->exceptions = ZAN_NEWN(int, MAXN);
  r->cites = ZAN_NEWN(int, 4);
  if (base < 0) { IrOutput *out = &b->p->outputs[o]; out->roots[out->nroots++] = ri; }
  else { IrRule *br = &b->p->rules[base]; br->exceptions[br->nexceptions++] = ri; }
  return ri;
}
static void pb_cite(PB *b, int ri, int art) { IrRule *r = &b->p->rules[ri]; r->cites[r->ncites++] = art; }

static IrExpr *ex(int op, const Type *t) { IrExpr *e = ZAN_NEW(IrExpr); e->op = (uint8_t)op; e->type = t; return e; }
static IrExpr *k(Val v, const Type *t) { IrExpr *e = ex(X_CONST, t); e->as.k = v; return e; }
static IrExpr *kb(bool b) { return k(val_bool(b), &type_bool); }
static IrExpr *ku(void) { return k(val_unknown(), &type_bool); }
static IrExpr *ki(int64_t i) { return k(val_int(i), &type_int); }
static IrExpr *kd(int y, int m, int d) { return k(val_date(date_from_ymd(y, m, d)), &type_date); }
static IrExpr *ke(int m, const Type *t) { return k(val_enum(m), t); }
static IrExpr *fact(PB *b, int slot) { IrExpr *e = ex(X_FACT, b->p->slots[slot]->type); e->as.index = slot; return e; }
static IrExpr *outref(PB *b, int o) { IrExpr *e = ex(X_OUTPUT, b->p->outputs[o].type); e->as.index = o; return e; }
static IrExpr *un(int op, IrExpr *a, const Type *t) { IrExpr *e = ex(op, t); e->as.un = a; return e; }
static IrExpr *bin(int op, IrExpr *l, IrExpr *r, const Type *t) { IrExpr *e = ex(op, t); e->as.bin.l = l; e->as.bin.r = r; return e; }
static IrExpr *setlit(const Type *t, int n, IrExpr **items) {
  IrExpr *e = ex(X_SET, t); e->as.items.n = n; e->as.items.items = items; return e;
}
static IrExpr *empty_set(const Type *t) { return setlit(t, 0, NULL); }
static IrExpr *bi(Builtin bf, const Type *t, int n, IrExpr *a, IrExpr *c) {
  IrExpr *e = ex(X_BUILTIN, t);
  e->as.builtin.b = bf; e->as.builtin.n = n;
  e->as.builtin.args = ZAN_NEWN(IrExpr *, 2);
  e->as.builtin.args[0] = a; e->as.builtin.args[1] = c;
  return e;
}

static EnumType *mk_enum(const char *name, bool ordered, int n, const char **members) {
  EnumType *e = ZAN_NEW(EnumType);
  e->name = name; e->ordered = ordered; e->n = n;
  e->members = ZAN_NEWN(EnumMember, n);
  for (int i = 0; i < n; i++) e->members[i].name = members[i];
  return e;
}

static Val *slots_of(PB *b) {
  Val *s = ZAN_NEWN(Val, b->p->nslots + 1);
  for (int i = 0; i < b->p->nslots; i++) s[i] = val_unknown();
  return s;
}

static ZDate D(int y, int m, int d) { return date_from_ymd(y, m, d); }
static Result *run(PB *b, Val *slots, ZDate as_of) { return eval_program(b->p, slots, as_of, EVAL_TRACE, LANG_EN); }
#define AS_OF D(2026, 3, 1)

static Type *tier_t, *practice_t, *practice_set_t;
static void types_setup(void) {
  static const char *tiers[] = { "minimal", "medium", "high" };
  static const char *pr[] = { "social_scoring", "emotion", "manipulation" };   /* not in name order */
  tier_t = type_enum(mk_enum("Tier", true, 3, tiers));
  practice_t = type_enum(mk_enum("Practice", false, 3, pr));
  practice_set_t = type_set_of(practice_t);
}

/* ---- Kleene ---- */
static Val eval_closed(IrExpr *e) {
  PB b = pb_new();
  Result r = {0};
  EvalError *err = NULL;
  Val v = eval_expr_after(b.p, NULL, &r, e, LANG_EN, &err);
  ck_assert_ptr_null(err);
  return v;
}
/* 0 false, 1 true, 2 unknown */
static int tv(Val v) {
  if (v.kind == V_BOOL) return v.as.b;
  ck_assert_int_eq(v.kind, V_UNKNOWN);
  return 2;
}
static IrExpr *k3(int t) { return t == 2 ? ku() : kb(t == 1); }

START_TEST(kleene_tables) {
  static const int AND[3][3] = { {0, 0, 0}, {0, 1, 2}, {0, 2, 2} };
  static const int OR[3][3]  = { {0, 1, 2}, {1, 1, 1}, {2, 1, 2} };
  static const int NOT[3] = { 1, 0, 2 };
  for (int a = 0; a < 3; a++) {
    ck_assert_int_eq(tv(eval_closed(un(X_NOT, k3(a), &type_bool))), NOT[a]);
    for (int c = 0; c < 3; c++) {
      ck_assert_int_eq(tv(eval_closed(bin(X_AND, k3(a), k3(c), &type_bool))), AND[a][c]);
      ck_assert_int_eq(tv(eval_closed(bin(X_OR, k3(a), k3(c), &type_bool))), OR[a][c]);
    }
  }
}
END_TEST

START_TEST(unknown_propagates) {
  IrExpr *u = k(val_unknown(), &type_int);
  ck_assert_int_eq(tv(eval_closed(bin(X_LT, u, ki(3), &type_bool))), 2);
  ck_assert_int_eq(tv(eval_closed(bin(X_EQ, ki(3), u, &type_bool))), 2);
  ck_assert_int_eq(eval_closed(bin(X_ADD, u, ki(3), &type_int)).kind, V_UNKNOWN);
  ck_assert_int_eq(tv(eval_closed(bi(B_KNOWN, &type_bool, 1, u, NULL))), 0);
  ck_assert_int_eq(tv(eval_closed(bi(B_KNOWN, &type_bool, 1, ki(1), NULL))), 1);
  ck_assert_int_eq(tv(eval_closed(bin(X_GE, ki(3), ki(3), &type_bool))), 1);
  /* if with an unknown condition: known only when both branches agree */
  IrExpr *iff = ex(X_IF, &type_int);
  iff->as.cond.c = ku(); iff->as.cond.t = ki(5); iff->as.cond.e = ki(5);
  ck_assert_int_eq(eval_closed(iff).as.i, 5);
  iff->as.cond.e = ki(6);
  ck_assert_int_eq(eval_closed(iff).kind, V_UNKNOWN);
}
END_TEST

/* ---- exceptions ---- */
/* fine = 10 when a; exception: 20 when b (value given) */
static PB fine_program(int exc_value, int *ra, int *rb) {
  PB b = pb_new();
  int fa = pb_fact(&b, "s.a", &type_bool), fb = pb_fact(&b, "s.b", &type_bool);
  int o = pb_output(&b, "fine", &type_int, C_NONE, ki(0));
  *ra = pb_rule(&b, "first", o, -1, fact(&b, fa), ki(10), false);
  *rb = pb_rule(&b, "repeat", o, *ra, fact(&b, fb), ki(exc_value), false);
  return b;
}

START_TEST(exception_sets_aside) {
  int ra, rb;
  PB b = fine_program(20, &ra, &rb);
  Val *s = slots_of(&b);
  s[0] = val_bool(true); s[1] = val_bool(true);
  Result *r = run(&b, s, AS_OF);
  ck_assert_ptr_null(r->error);
  ck_assert(r->outputs[0].decided);
  ck_assert_int_eq(r->outputs[0].value.as.i, 20);
  /* trace: the exception applied, the base set aside by it */
  ck_assert_int_eq(r->outputs[0].ntrace, 2);
  ck_assert_int_eq(r->outputs[0].trace[0].rule, rb);
  ck_assert_int_eq(r->outputs[0].trace[0].status, TR_APPLIED);
  ck_assert_int_eq(r->outputs[0].trace[1].rule, ra);
  ck_assert_int_eq(r->outputs[0].trace[1].status, TR_SET_ASIDE);
  ck_assert_int_eq(r->outputs[0].trace[1].by, rb);

  s[1] = val_bool(false);
  r = run(&b, s, AS_OF);
  ck_assert(r->outputs[0].decided);
  ck_assert_int_eq(r->outputs[0].value.as.i, 10);
  /* the exception applies even where the base does not */
  s[0] = val_bool(false); s[1] = val_bool(true);
  r = run(&b, s, AS_OF);
  ck_assert_int_eq(r->outputs[0].value.as.i, 20);
  /* neither: the default */
  s[1] = val_bool(false);
  r = run(&b, s, AS_OF);
  ck_assert(r->outputs[0].decided && r->outputs[0].by_default);
  ck_assert_int_eq(r->outputs[0].value.as.i, 0);
}
END_TEST

START_TEST(maybe_exception) {
  int ra, rb;
  PB b = fine_program(20, &ra, &rb);
  Val *s = slots_of(&b);
  s[0] = val_bool(true);                    /* s.b unknown */
  Result *r = run(&b, s, AS_OF);
  ck_assert(!r->outputs[0].decided);
  ck_assert_int_eq(r->outputs[0].nneeds, 1);
  ck_assert_int_eq(r->outputs[0].needs[0], 1);
  ck_assert_int_eq(r->outputs[0].trace[1].status, TR_MAY_APPLY);
  /* an exception that would give the same value leaves the base certain */
  b = fine_program(10, &ra, &rb);
  r = run(&b, s, AS_OF);
  ck_assert(r->outputs[0].decided);
  ck_assert_int_eq(r->outputs[0].value.as.i, 10);
  ck_assert_int_eq(r->outputs[0].nneeds, 0);
}
END_TEST

START_TEST(exception_of_exception) {
  int ra, rb;
  PB b = fine_program(20, &ra, &rb);
  int fc = pb_fact(&b, "s.c", &type_bool);
  int rc = pb_rule(&b, "third", 0, rb, fact(&b, fc), ki(30), false);
  Val *s = slots_of(&b);
  s[0] = val_bool(true); s[1] = val_bool(true); s[2] = val_bool(true);
  Result *r = run(&b, s, AS_OF);
  ck_assert_int_eq(r->outputs[0].value.as.i, 30);
  bool saw = false;
  for (int i = 0; i < r->outputs[0].ntrace; i++)
    if (r->outputs[0].trace[i].rule == rb) { saw = true; ck_assert_int_eq(r->outputs[0].trace[i].by, rc); }
  ck_assert(saw);
  s[2] = val_bool(false);
  r = run(&b, s, AS_OF);
  ck_assert_int_eq(r->outputs[0].value.as.i, 20);
  s[1] = val_bool(false);
  r = run(&b, s, AS_OF);
  ck_assert_int_eq(r->outputs[0].value.as.i, 10);
}
END_TEST

/* `exception e to r1, r2`: in both bases' exception lists, yet one contribution and one trace
 * entry; without `combine` two certain contributions of its value would be no conflict anyway,
 * but a maybe-applying one must make both bases uncertain. */
START_TEST(shared_exception) {
  PB b = pb_new();
  int fa = pb_fact(&b, "s.a", &type_bool), fb = pb_fact(&b, "s.b", &type_bool), fe = pb_fact(&b, "s.e", &type_bool);
  int o = pb_output(&b, "fine", &type_int, C_MAX, ki(0));
  int r1 = pb_rule(&b, "r1", o, -1, fact(&b, fa), ki(10), false);
  int r2 = pb_rule(&b, "r2", o, -1, fact(&b, fb), ki(20), false);
  int e = pb_rule(&b, "e", o, r1, fact(&b, fe), ki(5), false);
  IrRule *br2 = &b.p->rules[r2];
  br2->exceptions[br2->nexceptions++] = e;
  b.p->rules[e].nbases = 2;
  b.p->rules[e].bases = ZAN_NEWN(int, 2);
  b.p->rules[e].bases[0] = r1; b.p->rules[e].bases[1] = r2;
  b.p->shared_exceptions = true;
  Val *s = slots_of(&b);
  s[fa] = val_bool(true); s[fb] = val_bool(true); s[fe] = val_bool(true);
  Result *r = run(&b, s, AS_OF);
  ck_assert_ptr_null(r->error);
  ck_assert(r->outputs[o].decided);
  ck_assert_int_eq(r->outputs[o].value.as.i, 5);
  int applied = 0, aside = 0;
  for (int i = 0; i < r->outputs[o].ntrace; i++) {
    const TraceEntry *t = &r->outputs[o].trace[i];
    if (t->rule == e) { applied++; ck_assert_int_eq(t->status, TR_APPLIED); }
    else { aside++; ck_assert_int_eq(t->status, TR_SET_ASIDE); ck_assert_int_eq(t->by, e); }
  }
  ck_assert_int_eq(applied, 1);
  ck_assert_int_eq(aside, 2);
  /* the exception may apply: 20 or 5, so undetermined, needing s.e; at least 5 */
  s[fe] = val_unknown();
  r = run(&b, s, AS_OF);
  ck_assert(!r->outputs[o].decided);
  ck_assert_int_eq(r->outputs[o].nneeds, 1);
  ck_assert_int_eq(r->outputs[o].needs[0], fe);
  /* it does not apply: the bases decide */
  s[fe] = val_bool(false);
  r = run(&b, s, AS_OF);
  ck_assert(r->outputs[o].decided);
  ck_assert_int_eq(r->outputs[o].value.as.i, 20);
}
END_TEST

/* ---- union, partial sets, must_suspend ---- */
START_TEST(union_with_maybe_rules) {
  PB b = pb_new();
  int fa = pb_fact(&b, "sys.scoring", &type_bool), fb = pb_fact(&b, "sys.emotion", &type_bool);
  int prohibited = pb_output(&b, "prohibited", practice_set_t, C_UNION, empty_set(practice_set_t));
  pb_rule(&b, "scoring", prohibited, -1, fact(&b, fa), ke(0, practice_t), true);
  pb_rule(&b, "emotion", prohibited, -1, fact(&b, fb), ke(1, practice_t), true);
  int must = pb_output(&b, "must_suspend", &type_bool, C_NONE, kb(false));
  pb_rule(&b, "suspend", must, -1, bin(X_NE, outref(&b, prohibited), empty_set(practice_set_t), &type_bool), kb(true), false);
  Val *s = slots_of(&b);
  s[fa] = val_bool(true);
  Result *r = run(&b, s, AS_OF);
  const OutputResult *P = &r->outputs[prohibited];
  ck_assert(!P->decided);
  ck_assert_int_eq(P->at_least.kind, V_SET);
  ck_assert_int_eq(P->at_least.as.set->n, 1);
  ck_assert_int_eq(P->at_least.as.set->items[0].as.e, 0);
  ck_assert_int_eq(P->nneeds, 1);
  ck_assert_str_eq(b.p->slots[P->needs[0]]->path, "sys.emotion");
  /* must_suspend is decided while prohibited is not */
  ck_assert(r->outputs[must].decided);
  ck_assert(r->outputs[must].value.as.b);
  ck_assert_int_eq(r->outputs[must].nneeds, 0);
  /* both known: decided */
  s[fb] = val_bool(true);
  r = run(&b, s, AS_OF);
  ck_assert(r->outputs[prohibited].decided);
  ck_assert_int_eq(r->outputs[prohibited].value.as.set->n, 2);
  ck_assert_ptr_null(r->outputs[prohibited].value.as.set->maybe);
  /* nothing certain, one maybe: must_suspend is undetermined and needs what prohibited needs */
  s[fa] = val_bool(false); s[fb] = val_unknown();
  r = run(&b, s, AS_OF);
  ck_assert(!r->outputs[must].decided);
  ck_assert_int_eq(r->outputs[must].nneeds, 1);
  ck_assert_str_eq(b.p->slots[r->outputs[must].needs[0]]->path, "sys.emotion");
  ck_assert_int_eq(r->outputs[prohibited].at_least.as.set->n, 0);
  /* all false: the default {} */
  s[fb] = val_bool(false);
  r = run(&b, s, AS_OF);
  ck_assert(r->outputs[prohibited].decided && r->outputs[prohibited].by_default);
  ck_assert_int_eq(r->outputs[prohibited].value.as.set->n, 0);
  ck_assert(r->outputs[must].decided && !r->outputs[must].value.as.b);
}
END_TEST

START_TEST(partial_set_ops) {
  /* a partial set {social_scoring (certain), emotion (maybe)} */
  Val items[2] = { val_enum(0), val_enum(1) };
  uint8_t cert[2] = { 1, 0 };
  ValSet *ps = ZAN_NEW(ValSet);
  ps->n = 2; ps->items = items; ps->maybe = zan_alloc_atomic(2); ps->maybe[1] = 1;
  (void)cert;
  IrExpr *S = k(val_set(ps), practice_set_t);
  ck_assert_int_eq(tv(eval_closed(bin(X_IN, ke(0, practice_t), S, &type_bool))), 1);
  ck_assert_int_eq(tv(eval_closed(bin(X_IN, ke(1, practice_t), S, &type_bool))), 2);
  ck_assert_int_eq(tv(eval_closed(bin(X_IN, ke(2, practice_t), S, &type_bool))), 0);
  ck_assert_int_eq(tv(eval_closed(bin(X_EQ, S, empty_set(practice_set_t), &type_bool))), 0);
  ck_assert_int_eq(eval_closed(bi(B_COUNT, &type_int, 1, S, NULL)).kind, V_UNKNOWN);
  ck_assert_int_eq(tv(eval_closed(bin(X_CONTAINS, S, ke(0, practice_t), &type_bool))), 1);
  /* only possible members: = {} is unknown */
  ValSet *ms = ZAN_NEW(ValSet);
  ms->n = 1; ms->items = &items[1]; ms->maybe = zan_alloc_atomic(1); ms->maybe[0] = 1;
  IrExpr *M = k(val_set(ms), practice_set_t);
  ck_assert_int_eq(tv(eval_closed(bin(X_EQ, M, empty_set(practice_set_t), &type_bool))), 2);
  /* intersects */
  IrExpr **one = ZAN_NEWN(IrExpr *, 1); one[0] = ke(0, practice_t);
  IrExpr **other = ZAN_NEWN(IrExpr *, 1); other[0] = ke(2, practice_t);
  ck_assert_int_eq(tv(eval_closed(bin(X_INTERSECTS, S, setlit(practice_set_t, 1, one), &type_bool))), 1);
  ck_assert_int_eq(tv(eval_closed(bin(X_INTERSECTS, S, setlit(practice_set_t, 1, other), &type_bool))), 0);
  ck_assert_int_eq(tv(eval_closed(bin(X_INTERSECTS, M, setlit(practice_set_t, 1, one), &type_bool))), 0);
  /* subset: a certain member is in S, a possible one may be, a member S lacks is not */
  IrExpr **maybe_one = ZAN_NEWN(IrExpr *, 1); maybe_one[0] = ke(1, practice_t);
  ck_assert_int_eq(tv(eval_closed(bin(X_SUBSET, S, setlit(practice_set_t, 1, one), &type_bool))), 1);
  ck_assert_int_eq(tv(eval_closed(bin(X_SUBSET, S, setlit(practice_set_t, 1, maybe_one), &type_bool))), 2);
  ck_assert_int_eq(tv(eval_closed(bin(X_SUBSET, S, setlit(practice_set_t, 1, other), &type_bool))), 0);
  ck_assert_int_eq(tv(eval_closed(bin(X_SUBSET, S, setlit(practice_set_t, 0, NULL), &type_bool))), 1);
  /* any x in S : x = emotion  -> unknown; any x in S : x = social_scoring -> true */
  IrExpr *q = ex(X_ANY, &type_bool);
  IrExpr *x = ex(X_LOCAL, practice_t); x->as.index = 0;
  q->as.quant.local = 0; q->as.quant.coll = S; q->as.quant.body = bin(X_EQ, x, ke(1, practice_t), &type_bool);
  ck_assert_int_eq(tv(eval_closed(q)), 2);
  q->as.quant.body = bin(X_EQ, x, ke(0, practice_t), &type_bool);
  ck_assert_int_eq(tv(eval_closed(q)), 1);
  /* all x in S : x = social_scoring -> unknown (emotion may be in) ; all x in S: x != manipulation -> true */
  q->op = X_ALL;
  ck_assert_int_eq(tv(eval_closed(q)), 2);
  q->as.quant.body = bin(X_NE, x, ke(2, practice_t), &type_bool);
  ck_assert_int_eq(tv(eval_closed(q)), 1);
  /* unknown in {} is false */
  ck_assert_int_eq(tv(eval_closed(bin(X_IN, k(val_unknown(), practice_t), empty_set(practice_set_t), &type_bool))), 0);
}
END_TEST

START_TEST(union_generic_and_open) {
  PB b = pb_new();
  Type *iset = type_set_of(&type_int);
  int fa = pb_fact(&b, "s.a", &type_bool), fb = pb_fact(&b, "s.b", &type_bool), fn = pb_fact(&b, "s.n", &type_int);
  int o = pb_output(&b, "nums", iset, C_UNION, empty_set(iset));
  pb_rule(&b, "five", o, -1, fact(&b, fa), ki(5), true);
  pb_rule(&b, "three", o, -1, fact(&b, fb), ki(3), true);
  Val *s = slots_of(&b);
  s[fa] = val_bool(true);
  Result *r = run(&b, s, AS_OF);
  const OutputResult *R = &r->outputs[o];
  ck_assert(!R->decided);
  ck_assert_int_eq(R->at_least.as.set->n, 1);
  ck_assert_int_eq(R->at_least.as.set->items[0].as.i, 5);
  ck_assert_int_eq(R->value.kind, V_SET);           /* reads as the partial set {3?, 5} */
  ck_assert_int_eq(R->value.as.set->n, 2);
  ck_assert_int_eq(R->value.as.set->items[0].as.i, 3);
  ck_assert(R->value.as.set->maybe[0] && !R->value.as.set->maybe[1]);
  s[fb] = val_bool(true);
  r = run(&b, s, AS_OF);
  ck_assert(r->outputs[o].decided);
  ck_assert_int_eq(r->outputs[o].value.as.set->n, 2);
  /* a member that is unknown: nothing beyond the certain members can be said */
  pb_rule(&b, "n", o, -1, NULL, fact(&b, fn), true);
  r = run(&b, s, AS_OF);
  ck_assert(!r->outputs[o].decided);
  ck_assert_int_eq(r->outputs[o].value.kind, V_UNKNOWN);
  ck_assert_int_eq(r->outputs[o].at_least.as.set->n, 2);
  ck_assert_int_eq(r->outputs[o].nneeds, 1);
  ck_assert_int_eq(r->outputs[o].needs[0], fn);
  /* an enum member that is unknown: every member becomes possible */
  PB e = pb_new();
  int fp = pb_fact(&e, "s.p", practice_t);
  int po = pb_output(&e, "ps", practice_set_t, C_UNION, empty_set(practice_set_t));
  pb_rule(&e, "scoring", po, -1, NULL, ke(0, practice_t), true);
  pb_rule(&e, "some", po, -1, NULL, fact(&e, fp), true);
  r = run(&e, slots_of(&e), AS_OF);
  R = &r->outputs[po];
  ck_assert(!R->decided);
  ck_assert_int_eq(R->value.as.set->n, 3);
  ck_assert_int_eq(R->at_least.as.set->n, 1);
}
END_TEST

/* ---- max ---- */
START_TEST(max_combine) {
  PB b = pb_new();
  int fa = pb_fact(&b, "s.a", &type_bool), fb = pb_fact(&b, "s.b", &type_bool);
  int o = pb_output(&b, "tier", tier_t, C_MAX, NULL);
  pb_rule(&b, "hi", o, -1, fact(&b, fa), ke(2, tier_t), false);
  pb_rule(&b, "mid", o, -1, fact(&b, fb), ke(1, tier_t), false);
  Val *s = slots_of(&b);
  s[fa] = val_bool(true);                      /* high certain, medium maybe: decided high */
  Result *r = run(&b, s, AS_OF);
  ck_assert(r->outputs[o].decided);
  ck_assert_int_eq(r->outputs[o].value.as.e, 2);
  s[fa] = val_unknown(); s[fb] = val_bool(true); /* medium certain, high maybe: undetermined, at least medium */
  r = run(&b, s, AS_OF);
  ck_assert(!r->outputs[o].decided);
  ck_assert_int_eq(r->outputs[o].at_least.kind, V_ENUM);
  ck_assert_int_eq(r->outputs[o].at_least.as.e, 1);
  ck_assert_int_eq(r->outputs[o].nneeds, 1);
  ck_assert_int_eq(r->outputs[o].needs[0], fa);
  s[fa] = val_bool(false);
  r = run(&b, s, AS_OF);
  ck_assert(r->outputs[o].decided);
  ck_assert_int_eq(r->outputs[o].value.as.e, 1);
  /* no rule, no default: undetermined */
  s[fb] = val_bool(false);
  r = run(&b, s, AS_OF);
  ck_assert(!r->outputs[o].decided);
  ck_assert_int_eq(r->outputs[o].at_least.kind, V_UNKNOWN);
}
END_TEST

START_TEST(any_all_combine) {
  PB b = pb_new();
  int fa = pb_fact(&b, "s.a", &type_bool), fb = pb_fact(&b, "s.b", &type_bool);
  int o = pb_output(&b, "flag", &type_bool, C_ANY, kb(false));
  pb_rule(&b, "ra", o, -1, fact(&b, fa), kb(true), false);
  pb_rule(&b, "rb", o, -1, fact(&b, fb), kb(true), false);
  Val *s = slots_of(&b);
  s[fb] = val_bool(true);
  Result *r = run(&b, s, AS_OF);
  ck_assert(r->outputs[o].decided && r->outputs[o].value.as.b);
  s[fb] = val_bool(false);
  r = run(&b, s, AS_OF);
  ck_assert(!r->outputs[o].decided);
}
END_TEST

/* ---- conflict ---- */
START_TEST(conflict_names_both_rules) {
  PB b = pb_new();
  int fa = pb_fact(&b, "s.a", &type_bool);
  int o = pb_output(&b, "x", tier_t, C_NONE, NULL);
  int a1 = pb_article(&b, "17.1"), a2 = pb_article(&b, "17.2");
  int r1 = pb_rule(&b, "a", o, -1, fact(&b, fa), ke(2, tier_t), false);
  int r2 = pb_rule(&b, "b", o, -1, NULL, ke(0, tier_t), false);
  pb_cite(&b, r1, a1); pb_cite(&b, r2, a2);
  Val *s = slots_of(&b);
  s[fa] = val_bool(true);
  Result *r = run(&b, s, AS_OF);
  ck_assert_ptr_nonnull(r->error);
  ck_assert_int_eq(r->error->code, ZAN_EXIT_RUNTIME);
  ck_assert_str_eq(r->error->message, "conflict in output 'x': rule 'a' (17.1) gives high, rule 'b' (17.2) gives minimal");
  /* a maybe rule beside a certain one with another value: undetermined, not a conflict */
  s[fa] = val_unknown();
  r = run(&b, s, AS_OF);
  ck_assert_ptr_null(r->error);
  ck_assert(!r->outputs[o].decided);
}
END_TEST

/* ---- default ---- */
START_TEST(default_only_when_all_false) {
  PB b = pb_new();
  int fa = pb_fact(&b, "s.a", &type_bool);
  int o = pb_output(&b, "x", &type_bool, C_NONE, kb(false));
  pb_rule(&b, "r", o, -1, fact(&b, fa), kb(true), false);
  Val *s = slots_of(&b);
  Result *r = run(&b, s, AS_OF);
  ck_assert(!r->outputs[o].decided);
  ck_assert_int_eq(r->outputs[o].nneeds, 1);
  s[fa] = val_bool(false);
  r = run(&b, s, AS_OF);
  ck_assert(r->outputs[o].decided && r->outputs[o].by_default && !r->outputs[o].value.as.b);
  /* a maybe rule giving the default's value: decided either way */
  b.p->rules[0].value = kb(false);
  s[fa] = val_unknown();
  r = run(&b, s, AS_OF);
  ck_assert(r->outputs[o].decided && !r->outputs[o].value.as.b);
  ck_assert_int_eq(r->outputs[o].nneeds, 0);
}
END_TEST

/* ---- needs ---- */
START_TEST(needs_transitive_sorted) {
  PB b = pb_new();
  int fz = pb_fact(&b, "sys.z", &type_bool), fa = pb_fact(&b, "sys.a", &type_bool), fm = pb_fact(&b, "sys.m", &type_bool);
  int A = pb_output(&b, "A", &type_bool, C_NONE, NULL);
  pb_rule(&b, "ra", A, -1, NULL, bin(X_AND, fact(&b, fz), fact(&b, fm), &type_bool), false);
  int B = pb_output(&b, "B", &type_bool, C_NONE, NULL);
  pb_rule(&b, "rb", B, -1, NULL, bin(X_OR, fact(&b, fa), outref(&b, A), &type_bool), false);
  Val *s = slots_of(&b);
  Result *r = run(&b, s, AS_OF);
  ck_assert(!r->outputs[B].decided);
  ck_assert_int_eq(r->outputs[B].nneeds, 3);
  ck_assert_str_eq(b.p->slots[r->outputs[B].needs[0]]->path, "sys.a");
  ck_assert_str_eq(b.p->slots[r->outputs[B].needs[1]]->path, "sys.m");
  ck_assert_str_eq(b.p->slots[r->outputs[B].needs[2]]->path, "sys.z");
  ck_assert_int_eq(r->outputs[A].nneeds, 2);
  /* a decided output reports no needs: sys.a = true settles B */
  s[fa] = val_bool(true);
  r = run(&b, s, AS_OF);
  ck_assert(r->outputs[B].decided);
  ck_assert_int_eq(r->outputs[B].nneeds, 0);
  /* kleene: A = false and unknown -> false without needs */
  s[fz] = val_bool(false);
  r = run(&b, s, AS_OF);
  ck_assert(r->outputs[A].decided && !r->outputs[A].value.as.b);
}
END_TEST

/* ---- parameters ---- */
START_TEST(parameters_by_date) {
  PB b = pb_new();
  IrParam *pr = &b.p->params[b.p->nparams++];
  pr->name = "mrp"; pr->type = &type_int; pr->n = 2;
  pr->dates = ZAN_NEWN(ZDate, 2); pr->values = ZAN_NEWN(Val, 2);
  pr->dates[0] = D(2026, 1, 1); pr->values[0] = val_int(4325);
  pr->dates[1] = D(2027, 1, 1); pr->values[1] = val_int(5000);
  int o = pb_output(&b, "kzt", &type_int, C_NONE, NULL);
  IrExpr *pe = ex(X_PARAM, &type_int); pe->as.index = 0;
  pb_rule(&b, "r", o, -1, NULL, bin(X_MUL, ki(10), pe, &type_int), false);
  Val *s = slots_of(&b);
  Result *r = run(&b, s, D(2026, 6, 1));
  ck_assert_int_eq(r->outputs[o].value.as.i, 43250);
  r = run(&b, s, D(2026, 12, 31));
  ck_assert_int_eq(r->outputs[o].value.as.i, 43250);
  r = run(&b, s, D(2027, 1, 1));
  ck_assert_int_eq(r->outputs[o].value.as.i, 50000);
  r = run(&b, s, D(2025, 12, 31));
  ck_assert_ptr_nonnull(r->error);
  ck_assert_int_eq(r->error->code, ZAN_EXIT_RUNTIME);
  ck_assert_ptr_nonnull(strstr(r->error->message, "'mrp'"));
}
END_TEST

/* ---- arithmetic errors ---- */
static EvalError *closed_error(IrExpr *e) {
  PB b = pb_new();
  Result r = {0};
  EvalError *err = NULL;
  eval_expr_after(b.p, NULL, &r, e, LANG_EN, &err);
  return err;
}

START_TEST(overflow_and_division) {
  EvalError *err = closed_error(bin(X_ADD, ki(INT64_MAX), ki(1), &type_int));
  ck_assert_ptr_nonnull(err);
  ck_assert_int_eq(err->code, ZAN_EXIT_RUNTIME);
  ck_assert_ptr_nonnull(closed_error(bin(X_MUL, ki(INT64_MAX / 2), ki(3), &type_int)));
  ck_assert_ptr_nonnull(closed_error(bin(X_SUB, ki(INT64_MIN), ki(1), &type_int)));
  ck_assert_ptr_nonnull(closed_error(un(X_NEG, ki(INT64_MIN), &type_int)));
  ck_assert_ptr_nonnull(closed_error(bin(X_DIV, ki(1), ki(0), &type_dec)));
  ck_assert_ptr_null(closed_error(bin(X_ADD, ki(INT64_MAX - 1), ki(1), &type_int)));
  /* sum overflows too */
  Val *items = ZAN_NEWN(Val, 2);
  items[0] = val_int(INT64_MAX); items[1] = val_int(1);
  ValList *l = ZAN_NEW(ValList); l->n = 2; l->items = items;
  ck_assert_ptr_nonnull(closed_error(bi(B_SUM, &type_int, 1, k(val_list(l), type_list_of(&type_int)), NULL)));
  /* the error stops eval_program with the operation's location */
  PB b = pb_new();
  int o = pb_output(&b, "x", &type_int, C_NONE, NULL);
  pb_rule(&b, "r", o, -1, NULL, bin(X_ADD, ki(INT64_MAX), ki(1), &type_int), false);
  Result *r = run(&b, slots_of(&b), AS_OF);
  ck_assert_ptr_nonnull(r->error);
  /* decimals: 1 / 4 = 0.25 */
  Val q = eval_closed(bin(X_DIV, ki(1), ki(4), &type_dec));
  ck_assert_int_eq(q.kind, V_DEC);
  ck_assert_str_eq(dec_to_string(q.as.d), "0.25");
}
END_TEST

/* ---- time ---- */
START_TEST(in_force_boundaries) {
  PB b = pb_new();
  int o = pb_output(&b, "x", &type_bool, C_NONE, kb(false));
  int ri = pb_rule(&b, "r", o, -1, NULL, kb(true), false);
  IrRule *rule = &b.p->rules[ri];
  rule->has_from = rule->has_until = true;
  rule->from = D(2026, 1, 18); rule->until = D(2026, 12, 31);
  Val *s = slots_of(&b);
  ck_assert(!run(&b, s, D(2026, 1, 17))->outputs[o].value.as.b);
  ck_assert(run(&b, s, D(2026, 1, 18))->outputs[o].value.as.b);
  ck_assert(run(&b, s, D(2026, 12, 31))->outputs[o].value.as.b);
  ck_assert(!run(&b, s, D(2027, 1, 1))->outputs[o].value.as.b);
  ck_assert(run(&b, s, D(2027, 1, 1))->outputs[o].by_default);
}
END_TEST

START_TEST(dates) {
  ZDuration year = { 1, 0, 0 };
  Val v = eval_closed(bi(B_ANNIVERSARY, &type_date, 2, kd(2024, 2, 29), k(val_dur(year), &type_dur)));
  ck_assert_int_eq(v.as.date, D(2025, 2, 28));
  ZDuration month = { 0, 1, 0 };
  v = eval_closed(bin(X_ADD, kd(2026, 1, 31), k(val_dur(month), &type_dur), &type_date));
  ck_assert_int_eq(v.as.date, D(2026, 2, 28));
  /* review on 2025-03-01 is overdue from 2026-03-02 */
  IrExpr *ann = bi(B_ANNIVERSARY, &type_date, 2, kd(2025, 3, 1), k(val_dur(year), &type_dur));
  ck_assert_int_eq(tv(eval_closed(bin(X_GT, kd(2026, 3, 1), ann, &type_bool))), 0);
  ck_assert_int_eq(tv(eval_closed(bin(X_GT, kd(2026, 3, 2), ann, &type_bool))), 1);
  v = eval_closed(bi(B_DAYS_BETWEEN, &type_int, 2, kd(2026, 1, 1), kd(2026, 3, 1)));
  ck_assert_int_eq(v.as.i, 59);
  ZDate cli = D(2026, 5, 5);
  PB b = pb_new();
  ck_assert_int_eq(eval_pick_as_of(b.p, NULL, &cli, D(2026, 4, 2)), cli);
  int fd = pb_fact(&b, "assessment_date", &type_date);
  b.p->as_of_slot = fd;
  Val *s = slots_of(&b);
  s[fd] = val_date(D(2026, 3, 1));
  ck_assert_int_eq(eval_pick_as_of(b.p, s, NULL, D(2026, 4, 2)), D(2026, 3, 1));
  s[fd] = val_unknown();
  ck_assert_int_eq(eval_pick_as_of(b.p, s, NULL, D(2026, 4, 2)), D(2026, 4, 2));
}
END_TEST

START_TEST(function_calls) {
  PB b = pb_new();
  IrFunc *f = &b.p->funcs[b.p->nfuncs++];
  f->name = "double"; f->nparams = 1; f->nlocals = 1; f->ret = &type_int;
  IrExpr *x = ex(X_LOCAL, &type_int); x->as.index = 0;
  f->body = bin(X_MUL, x, ki(2), &type_int);
  IrExpr *c = ex(X_CALL, &type_int);
  c->as.call.fn = 0; c->as.call.n = 1; c->as.call.args = ZAN_NEWN(IrExpr *, 1);
  c->as.call.args[0] = ki(21);
  Result res = {0};
  EvalError *err = NULL;
  ck_assert_int_eq(eval_expr_after(b.p, NULL, &res, c, LANG_EN, &err).as.i, 42);
  c->as.call.args[0] = k(val_unknown(), &type_int);
  ck_assert_int_eq(eval_expr_after(b.p, NULL, &res, c, LANG_EN, &err).kind, V_UNKNOWN);
  /* handles unknown: the body runs */
  f->handles_unknown = true;
  f->body = bi(B_KNOWN, &type_bool, 1, x, NULL);
  Val v = eval_expr_after(b.p, NULL, &res, c, LANG_EN, &err);
  ck_assert_int_eq(v.kind, V_BOOL);
  ck_assert(!v.as.b);
}
END_TEST

Suite *suite_eval(void) {
  Suite *s = suite_create("eval");
  TCase *tc = tcase_create("core");
  tcase_add_checked_fixture(tc, types_setup, NULL);
  tcase_add_test(tc, kleene_tables);
  tcase_add_test(tc, unknown_propagates);
  tcase_add_test(tc, exception_sets_aside);
  tcase_add_test(tc, maybe_exception);
  tcase_add_test(tc, exception_of_exception);
  tcase_add_test(tc, shared_exception);
  tcase_add_test(tc, union_with_maybe_rules);
  tcase_add_test(tc, partial_set_ops);
  tcase_add_test(tc, union_generic_and_open);
  tcase_add_test(tc, max_combine);
  tcase_add_test(tc, any_all_combine);
  tcase_add_test(tc, conflict_names_both_rules);
  tcase_add_test(tc, default_only_when_all_false);
  tcase_add_test(tc, needs_transitive_sorted);
  tcase_add_test(tc, parameters_by_date);
  tcase_add_test(tc, overflow_and_division);
  tcase_add_test(tc, in_force_boundaries);
  tcase_add_test(tc, dates);
  tcase_add_test(tc, function_calls);
  suite_add_tcase(s, tc);
  return s;
}
