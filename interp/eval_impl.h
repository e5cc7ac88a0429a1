/* eval_impl.h — private to interp/eval*.c: the state of one evaluation run (EvalCtx) and the
 * helpers the expression, set and rule evaluators share. Nothing here is part of the API. */
#ifndef ZAN_EVAL_IMPL_H
#define ZAN_EVAL_IMPL_H
#include <setjmp.h>
#include <stdint.h>
#include "eval.h"
#include "../lang/base/messages.h"
#include "../lang/base/stack.h"

/* Three truth values; T_/F_ numbering lets `tri` be tested with == only. */
typedef enum { TRI_F = 0, TRI_T = 1, TRI_U = 2 } Tri;

/* One rule's contribution to its output: collected on a stack in the ctx (no allocation). */
typedef struct Contrib {
  int     rule;
  uint8_t maybe;     /* the rule (or the exceptions under it) only may apply */
  uint8_t again;     /* a shared exception's contribution seen before (another base): counts in
                        its bases' checks, dropped before combine so it is counted once */
  Val     v;         /* the `= value`, or for `includes` the member itself */
} Contrib;

enum { OS_TODO = 0, OS_BUSY = 1, OS_DONE = 2 };   /* memo state per output */

typedef struct EvalCtx {
  const Program *p;
  const Val     *slots;
  ZDate          as_of;
  unsigned       flags;
  Lang           lang;
  OutputResult  *out;        /* results, indexed like p->outputs */
  uint8_t       *state;      /* OS_* per output */
  /* needs: the unknown fact slots read by the outputs being evaluated, one frame of slot
   * indices per output on a stack (sparse: no bitset per output over all slots, which made a
   * record of a 64,000-rule policy cost megabytes) */
  bool           collect;    /* needs are collected (eval_run; not eval_expr_after) */
  int           *nstack;
  int            ntop, ncap;
  int            nbase;      /* start of the frame of the output being evaluated; -1: none */
  uint32_t      *slot_seen;  /* per slot: the id of the frame that last pushed it */
  uint32_t       frame_id, next_id;
  Val           *frame;      /* locals of the current frame */
  Contrib       *cstack;     /* contributions of the outputs being evaluated (a stack) */
  int            ctop, ccap;
  uint8_t       *seen;       /* p->shared_exceptions: per rule, 1 contributed, 2 traced this run */
  int           *trace_cap;  /* EVAL_TRACE: capacity of out[o].trace */
  jmp_buf       *jb;         /* where an EvalError unwinds to */
  EvalError     *err;
  unsigned long long steps, max_steps;   /* expression nodes evaluated, and the limit */
  StackGuard     stack;      /* eval_expr stops (E_EVAL_TOO_DEEP) before the stack runs out */
} EvalCtx;

/* Stack kept free below the evaluator's deepest frame (a call's frame of locals is on the stack). */
#define EVAL_STACK_RESERVE (512 * 1024)

/* Stops the run with an EvalError (code ZAN_EXIT_RUNTIME unless code says otherwise). */
_Noreturn void eval_fail(EvalCtx *c, int code, Loc loc, Loc loc2, MsgId id, ...);

void eval_needs_grow(EvalCtx *c);

/* An unknown fact slot read by the output being evaluated (once per frame; a frame may still
 * hold a slot twice after an output it read pushed it too: eval_output merges them). */
static inline void eval_need(EvalCtx *c, int slot) {
  if (c->nbase < 0 || c->slot_seen[slot] == c->frame_id) return;
  c->slot_seen[slot] = c->frame_id;
  if (c->ntop == c->ncap) eval_needs_grow(c);
  c->nstack[c->ntop++] = slot;
}

Val  eval_expr(EvalCtx *c, const IrExpr *e);
/* eval_unmet.c: the checks of every output with `unmet when`, once all outputs are done
 * (EVAL_CHECKS: a JSON decision does not show them, and a stream should not pay for them). */
void eval_unmet(EvalCtx *c);
Tri  eval_tri(EvalCtx *c, const IrExpr *e);          /* a bool expression as a truth value */
void eval_output(EvalCtx *c, int o);                  /* memoised; fills c->out[o] */

static inline Tri tri_of(Val v) { return v.kind == V_BOOL ? (v.as.b ? TRI_T : TRI_F) : TRI_U; }
static inline Val val_of_tri(Tri t) { return t == TRI_U ? val_unknown() : val_bool(t == TRI_T); }
static inline Tri tri_and(Tri a, Tri b) { return (a == TRI_F || b == TRI_F) ? TRI_F : (a == TRI_T && b == TRI_T) ? TRI_T : TRI_U; }
static inline Tri tri_or(Tri a, Tri b)  { return (a == TRI_T || b == TRI_T) ? TRI_T : (a == TRI_F && b == TRI_F) ? TRI_F : TRI_U; }
static inline Tri tri_not(Tri a)        { return a == TRI_U ? TRI_U : a == TRI_T ? TRI_F : TRI_T; }

/* A value is known when it is neither unknown nor a set with members only possibly in, nor
 * a record with a field that is not known (records keep their known fields for `r.f`, but
 * the record as a whole is one value only when every field is). */
bool eval_record_known(const ValRec *r);
static inline bool eval_known(Val v) {
  if (v.kind == V_RECORD) return eval_record_known(v.as.rec);
  return v.kind != V_UNKNOWN && !(v.kind == V_SET && v.as.set->maybe && valset_is_partial(v.as.set));
}

/* eval_set.c: three-valued operations on (partial) sets, lists and records. */
Tri  eval_eq3(Val a, Val b);                 /* = */
Tri  eval_in3(Val x, Val coll);              /* x in coll (a set or a list) */
Tri  eval_subset3(Val sup, Val sub);         /* sup contains every member of sub */
Tri  eval_intersects3(Val a, Val b);
/* Builds a set from members, each certain or only possible; sorts and merges duplicates
 * (certain wins). Returns a set with maybe == NULL when every member is certain. */
ValSet *eval_set_build(Val *items, uint8_t *certain, uint32_t n);
#endif
