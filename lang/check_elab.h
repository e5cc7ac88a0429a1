/* check_elab.h — the elaboration context shared by the checker's type passes (check_types.c,
 * check_elab.c, check_fold.c): locals in scope, frame slots, and the two ways in. Not an API. */
#ifndef ZAN_CHECK_ELAB_H
#define ZAN_CHECK_ELAB_H
#include "check.h"

typedef struct Local { const char *name; int slot; const Type *type; } Local;

typedef struct Ex {
  Checker *ck;
  int      m;            /* module whose names are visible */
  Local   *locals;       /* innermost last */
  int      nlive, cap;
  int      barrier;      /* locals below this are hidden (a constant inlined into a function) */
  int      next_slot, max_slot;
} Ex;

void ex_init(Ex *x, Checker *ck, int m, int first_slot);
/* A local (parameter, quantifier variable) in the next frame slot; returns the slot. */
int  ex_push(Ex *x, const char *name, const Type *t);
/* The checker's largest frame grows to this context's. */
void ex_note_frame(Checker *ck, Ex *x);

/* Elaborates e: its type inferred (want: a hint for bare enum members and literals), or
 * checked against want (int promoted to decimal where wanted). Errors poison, no cascade. */
IrExpr *elab_infer(Ex *x, Node *e, const Type *want);
IrExpr *elab_expect(Ex *x, Node *e, const Type *want);

/* An expression already reported: unknown value of type_error, so nothing cascades. */
static inline IrExpr *poison(Loc loc) { return ir_const(val_unknown(), &type_error, loc); }
static inline bool is_err(const Type *t) { return !t || t->kind == T_ERROR; }
#endif
