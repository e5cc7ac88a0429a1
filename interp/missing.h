/* missing.h — the fewest unknown facts that settle each undetermined output (`zan missing`,
 * `zan ask`, the server's /missing): minimal settling sets, the next question, and where a
 * fact's domain was sampled (approximate). Re-entrant: all state is in one call's context. */
#ifndef ZAN_MISSING_H
#define ZAN_MISSING_H
#include <stdbool.h>
#include "eval.h"
#include "../lang/base/buf.h"

/* A set S of facts *settles* an output when, whatever values S's facts take (the other
 * unknown facts staying unknown), the output is decided; it is minimal when no proper subset
 * settles it. Each set is a list of fact slots in policy (slot) order. */
typedef struct MissingSet {
  int  n;
  int *slots;
} MissingSet;

typedef struct MissingOutput {
  int         output;        /* index into Program.outputs */
  int         nsets;         /* 0: no set of the facts that may still be asked settles it */
  MissingSet *sets;          /* smallest first, then by slot order */
  bool        approximate;   /* a fact in its sets (or one it needed) has a sampled domain */
} MissingOutput;

typedef struct Missing {
  ZDate          as_of;
  int            noutputs;   /* the undetermined outputs, in program order */
  MissingOutput *outputs;
  int            next;       /* the suggested next question (a fact slot), -1: none */
  int            nquestions; /* every fact of every set, in slot order */
  int           *questions;
  int            napprox;    /* facts whose domain was sampled (numbers or dates used in computations,
                                texts, or a search cut short), in slot order */
  int           *approx;
  unsigned long long evaluations;   /* of the policy, by the search (for benchmarks) */
  const Result  *result;     /* the evaluation of the given facts */
  EvalError     *error;      /* that evaluation failed: nothing else is filled */
} Missing;

typedef struct MissingOptions {
  const bool *never;         /* NULL, or per slot: never to be asked (a "don't know" answer) */
  unsigned long long budget; /* evaluations allowed (0: MISSING_BUDGET); past it the answer is approximate */
} MissingOptions;

#define MISSING_BUDGET 2000000ull

/* slots: p->nslots values as the fact readers produce them (V_UNKNOWN where unknown). */
Missing *missing_compute(const Program *p, const Val *slots, ZDate as_of, Lang lang, const MissingOptions *opt);

/* The result as JSON (the contract of `zan missing --format json` and the server):
 * {"outputs": {NAME: {"sets": [[PATH…]…]}}, "next": PATH|null, "questions": {PATH: QUESTION},
 *  "approximate": [PATH…]} — compact, or indented when pretty. */
void missing_render_json(const Program *p, const Missing *m, Lang lang, bool pretty, Buf *out);
/* The same as a text report in lang. */
void missing_render_text(const Program *p, const Missing *m, Lang lang, Buf *out);
#endif
