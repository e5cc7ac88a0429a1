/* lint.h — `zan lint`: static findings over a lowered policy (conflicts with witnesses, rules
 * that can never apply, unused facts, outputs and articles) and the `-- lint: allow` comments. */
#ifndef ZAN_LINT_H
#define ZAN_LINT_H
#include "../lang/ir.h"
#include "../lang/ast.h"
#include "../lang/base/buf.h"
#include "../lang/base/messages.h"

typedef enum {
  LK_CONFLICT,         /* two rules of a combine-less output both apply with different values */
  LK_NEVER_APPLIES,    /* a rule's condition cannot hold on any date it is in force */
  LK_OUTSIDE_ARTICLES, /* a rule in force only outside the validity of every article it cites */
  LK_NO_EFFECT,        /* an exception without which every decision is the same */
  LK_REDUNDANT,        /* a rule without which every decision is the same (rule2: one that
                          applies with its value wherever it does, or -1) */
  LK_PARAM_EARLY,      /* a rule reads a parameter (index) before its first date, on a date
                          the rule is in force (witness: the evaluator stops there) */
  LK_UNUSED_FACT,      /* a fact no rule, default or function reads */
  LK_UNDEFINED_OUTPUT, /* an output no rule gives a value */
  LK_UNCITED_ARTICLE,  /* an article no rule and no parameter cites */
  LK_BAD_ALLOW,        /* a `-- lint: allow` comment without a known kind or a reason */
  LK_COUNT
} LintKind;

typedef struct LintFinding {
  LintKind    kind;
  int         rule1, rule2;   /* rule indices, -1 when not about rules */
  int         output;         /* output index, -1 */
  int         index;          /* the fact slot / article index, -1 */
  const char *witness;        /* conflict, param-before-first-date: the fact file (JSON) that shows
                                 it, else NULL */
  bool        has_as_of;
  ZDate       as_of;
  bool        approximate;    /* never-applies: some construct was not encoded exactly (still sound) */
  Loc         at;
} LintFinding;

typedef struct LintResult {
  int          n, cap;
  LintFinding *items;
  int          nallowed;      /* findings silenced by reasoned allow comments */
  int          nskipped;      /* solver answers that were not conclusive (timeout, or a witness
                                 the evaluator did not confirm): no finding was made of them */
} LintResult;

const char *lint_kind_name(LintKind k);          /* "conflict", "never-applies", … */
/* Runs every check over p; files are the parsed modules (for allow comments), may be NULL. */
LintResult *lint_run(const Program *p, File **files, int nfiles);
void lint_add(LintResult *r, LintFinding f);

/* ---- lint_smt.c: the solver side (Z3) ---- */
typedef struct LintSmt LintSmt;
LintSmt *lint_smt_new(const Program *p);
void     lint_smt_free(LintSmt *s);
/* Conflicts of every combine-less output, each confirmed by evaluating its witness. */
void     lint_smt_conflicts(LintSmt *s, LintResult *r);
/* Rules whose condition cannot hold on a date they are in force. */
void     lint_smt_never(LintSmt *s, LintResult *r);
/* Rules and exceptions without which no decision changes (after lint_smt_never: the rules it
 * found are not asked again). */
void     lint_smt_redundant(LintSmt *s, LintResult *r);
/* Rules that read a parameter before its first date on a date they are in force. */
void     lint_smt_params(LintSmt *s, LintResult *r);

/* A second encoder, of policy p, on first's solver (`zan impact`): p's facts are first's
 * variables where the path and the shape agree, and both read one evaluation date. Free it
 * before first. */
LintSmt *lint_smt_new_beside(const Program *p, LintSmt *first);
/* Whether output oa of a's policy and ob of b's (b beside a) can differ on one fact file and
 * date: 1 they can (*slots_a, *slots_b: the model's facts for each policy, unknown where no
 * formula reads them; *as_of its date), 0 they cannot, -1 not settled (time limit, values the
 * encoding does not follow). *approx: some value was over-approximated (a 0 still holds). */
int      lint_smt_differ(LintSmt *a, int oa, LintSmt *b, int ob, Val **slots_a, Val **slots_b,
                         ZDate *as_of, bool *approx);

/* ---- lint_render.c ---- */
void lint_render_json(const Program *p, const LintResult *r, Buf *out);
void lint_render_text(const Program *p, const LintResult *r, Lang lang, Buf *out);
#endif
