/* eval.h — evaluating a Program on one set of fact slots, as of one date:
 * three-valued (Kleene) logic, default logic with exceptions, combine, parameters, and,
 * on request, the trace that explanations are made from. No global state: everything a run
 * needs is in its EvalCtx, so runs may go on in parallel threads over one Program. */
#ifndef ZAN_EVAL_H
#define ZAN_EVAL_H
#include <stdbool.h>
#include "../lang/ir.h"
#include "../lang/base/messages.h"   /* Lang */

/* One rule's part in an output, for explanations. */
typedef enum { TR_APPLIED, TR_MAY_APPLY, TR_SET_ASIDE } TraceStatus;
typedef struct TraceEntry {
  int          rule;          /* rule index */
  TraceStatus  status;        /* applied / may apply / set aside by an exception */
  int          by;            /* TR_SET_ASIDE: the exception that set it aside, else -1 */
  Val          value;         /* what it gives */
  int          nfacts;        /* facts read by the rule with their values at evaluation */
  int         *fact_slots;
  Val         *fact_values;
} TraceEntry;

/* A member of an output that declares `unmet when F intersects FN` (ir.h IrOutput.unmet_by),
 * checked against the findings output F. In the order a report lists them. */
typedef enum { UNMET_MET, UNMET_NOT_MET, UNMET_UNKNOWN, UNMET_NOT_CHECKED } UnmetStatus;
typedef struct UnmetCheck {
  Val          member;
  UnmetStatus  status;        /* F intersects FN(member): true not met, false met, unknown;
                                 FN(member) = {}: not checked */
  Val          shown_by;      /* FN(member): the members of F that would show it unmet */
  int          nshown;        /* not met: the members of F that show it (certain ones, F's order) */
  Val         *shown;
  int          nopen;         /* unknown, with EVAL_TRACE: the unknown fact slots that leave it */
  int         *open;          /* open (read by F's rules that may apply and would show it) */
} UnmetCheck;

typedef struct OutputResult {
  bool         decided;
  bool         by_default;    /* decided from the default (no rule applied) */
  Val          value;         /* decided: the value; else V_UNKNOWN (or the partial set) */
  Val          at_least;      /* undetermined set: its certain members; max: certain lower bound; else V_UNKNOWN */
  int          nneeds;        /* undetermined: unknown fact slots read (following outputs), sorted by path, unique */
  int         *needs;
  int          ntrace;        /* with EVAL_TRACE */
  TraceEntry  *trace;
  int          nchecks;       /* `unmet when`: one per member of value (a set, perhaps partial) */
  UnmetCheck  *checks;        /* or, when value is not a set, of at_least; in that set's order */
} OutputResult;

typedef struct EvalError {
  int         code;           /* ZAN_EXIT_RUNTIME */
  Loc         loc;            /* where: the second rule of a conflict, the operation that overflowed */
  Loc         loc2;           /* conflicts: the first rule */
  const char *message;        /* formatted (catalogue), naming both rules and their articles */
} EvalError;

typedef struct Result {
  ZDate         as_of;
  Val           subject;      /* the header's subject fact (V_UNKNOWN if none) */
  int           noutputs;
  OutputResult *outputs;      /* indexed like Program.outputs */
  EvalError    *error;        /* non-NULL: evaluation stopped; outputs not meaningful */
  bool          checklists;   /* EVAL_CHECKS: the checks of outputs with `unmet when` are filled */
} Result;

/* flags: EVAL_TRACE the trace (explanations); EVAL_CHECKS the checklists of outputs with
 * `unmet when` (OutputResult.checks; their open facts need the trace too); EVAL_REPORT both,
 * what a text report prints. */
enum { EVAL_TRACE = 1, EVAL_CHECKS = 2, EVAL_REPORT = EVAL_TRACE | EVAL_CHECKS };

/* The evaluation date: --as-of if given, else the header's `as of` fact when known, else
 * today (the caller's: the CLI reads ZAN_TODAY or the clock, cli_today). */
ZDate   eval_pick_as_of(const Program *p, const Val *slots, const ZDate *cli_as_of, ZDate today);
/* Evaluates every output. slots has p->nslots values (V_UNKNOWN where unknown). */
Result *eval_program(const Program *p, const Val *slots, ZDate as_of, unsigned flags, Lang lang);
/* The same, overwriting r (a Result an earlier call returned for p, whose values the caller no
 * longer reads; NULL: a new one): a stream of records reuses one Result. */
Result *eval_program_reuse(const Program *p, const Val *slots, ZDate as_of, unsigned flags, Lang lang, Result *r);
/* Only output `only` and the outputs it reads (no trace); the others are left undetermined with
 * no needs. For callers that evaluate one output under many assignments (interp/missing.c). */
Result *eval_program_one(const Program *p, const Val *slots, ZDate as_of, Lang lang, int only, Result *r);
/* Work limits of one run (both stop it with an EvalError, exit 5, never a hang or a crash):
 * at most max_steps expression nodes evaluated (a function calling another twice at every level,
 * or nested quantifiers, multiply the work), and the C stack left to the thread (functions and
 * constants that nest through each other). eval_program uses EVAL_MAX_STEPS. */
#define EVAL_MAX_STEPS 200000000ull
Result *eval_program_limited(const Program *p, const Val *slots, ZDate as_of, unsigned flags, Lang lang,
                             unsigned long long max_steps);
/* Evaluates a closed expression (tests' expects) against a finished result. */
Val     eval_expr_after(const Program *p, const Val *slots, const Result *r, const IrExpr *e, Lang lang, EvalError **err);
#endif
