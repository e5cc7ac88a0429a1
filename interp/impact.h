/* impact.h — `zan impact`: what an amendment changes. On facts: two policies' decisions on one
 * fact file compared output by output, with the rules whose application changed, gathered into
 * a report with summaries. Without facts: the outputs that can differ at all (Z3, lint_smt.c). */
#ifndef ZAN_IMPACT_H
#define ZAN_IMPACT_H
#include <stdbool.h>
#include "../lang/ir.h"
#include "../lang/base/buf.h"
#include "../lang/base/messages.h"

/* One output whose decision differs: its name and each side as JSON ("null": absent from that
 * policy; an undetermined output is {"undetermined": {"needs": […], "at_least": …}}). */
typedef struct ImpactOutput { const char *name, *old_json, *new_json; } ImpactOutput;

/* How one fact file (or JSON Lines record) fares under the old and the new policy. */
typedef struct ImpactDiff {
  bool          changed;
  int           nout;
  ImpactOutput *outputs;       /* NEW's order, then the outputs only OLD has */
  int           nrules;
  const char  **rules;         /* names of the rules whose application changed, likewise ordered */
  const char   *old_error;     /* a run-time error (conflict …) under that policy, else NULL */
  const char   *new_error;
} ImpactDiff;

/* Evaluates a on sa and b on sb, each as of *as_of when given, else its own date fact, else
 * today, and compares. A rule's application is whether it applied, may apply or was set aside,
 * and the value it gave; rules and outputs are matched by name. Errors on both sides with the
 * same message are no change. */
ImpactDiff impact_compare(const Program *a, const Val *sa, const Program *b, const Val *sb,
                          const ZDate *as_of, ZDate today, Lang lang);

/* The report over many inputs: the changed ones, and the inputs either policy could not read. */
typedef struct ImpactEntry {
  const char *file;
  int         line;            /* JSON Lines: the record's line; 0 for a whole file */
  const char *error;           /* the facts could not be read (then d is empty) */
  ImpactDiff  d;
} ImpactEntry;
typedef struct ImpactReport {
  int          n, cap;
  ImpactEntry *items;          /* changed inputs and unreadable ones, in input order */
  int          unchanged;
} ImpactReport;
void impact_report_add(ImpactReport *r, ImpactEntry e);

/* ---- without facts: the outputs that can differ at all ---- */
typedef enum {
  IMPACT_SAME,                 /* cannot differ on any fact file and date (a proof) */
  IMPACT_DIFFERS,              /* differs on the witness, confirmed by evaluating it */
  IMPACT_UNSETTLED,            /* neither shown: time limit, a construct not encoded, a witness
                                  the evaluator did not confirm */
  IMPACT_ONLY_OLD, IMPACT_ONLY_NEW
} ImpactStaticKind;
typedef struct ImpactStatic {
  const char      *output;
  ImpactStaticKind kind;
  const char      *witness;    /* IMPACT_DIFFERS: the fact file (JSON) */
  ZDate            as_of;
  const char      *old_json, *new_json;   /* IMPACT_DIFFERS: each policy's decision on it */
} ImpactStatic;
typedef struct ImpactStaticResult { int n; ImpactStatic *items; } ImpactStaticResult;
ImpactStaticResult *impact_static(const Program *a, const Program *b, Lang lang);

/* ---- impact_render.c ---- */
void impact_render_json(const ImpactReport *r, Buf *out);
void impact_render_text(const ImpactReport *r, Lang lang, Buf *out);
void impact_static_json(const ImpactStaticResult *r, Buf *out);
void impact_static_text(const ImpactStaticResult *r, Lang lang, Buf *out);
#endif
