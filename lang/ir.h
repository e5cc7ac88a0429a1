/* ir.h — the program: what the checker's lowering pass makes from a checked policy, and the
 * only thing the evaluator, the fact readers and the renderers read. Names are resolved to
 * indices (fact slots, outputs, rules, functions, locals); types are settled. Nothing after
 * lowering looks a name up. It lives in lang/ because lang/ produces it; interp/ runs it. */
#ifndef ZAN_IR_H
#define ZAN_IR_H
#include <stdbool.h>
#include "base/source.h"
#include "base/date.h"
#include "types.h"
#include "value.h"
#include "builtins.h"        /* Builtin: the built-in functions' IR ids */
#include "base/decimal.h"    /* DecRound: an output's rounding */

typedef struct Texts Texts;          /* ast.h: { kk "…" ru "…" en "…" }, shared as is */

typedef enum {
  X_CONST,      /* as.k */
  X_FACT,       /* as.index: fact slot */
  X_OUTPUT,     /* as.index: output (its value, a partial set when undetermined) */
  X_PARAM,      /* as.index: parameter, read on the evaluation date */
  X_LOCAL,      /* as.index: local slot of the current frame (fn parameter, quantifier variable) */
  X_ASOF,       /* the evaluation date */
  X_NOT, X_NEG, X_TODEC,           /* as.un  (X_TODEC: int -> decimal promotion, inserted by the checker) */
  X_AND, X_OR,                     /* as.bin, Kleene */
  X_EQ, X_NE, X_LT, X_LE, X_GT, X_GE,
  X_IN,          /* as.bin: l in r (r a set or list) */
  X_CONTAINS,    /* as.bin: l (a set or list) has the member r */
  X_SUBSET,      /* as.bin: l has every member of r (a set or list of l's element type) */
  X_INTERSECTS,  /* as.bin: two sets share a member */
  X_ADD, X_SUB, X_MUL, X_DIV,      /* as.bin: numbers, date±duration, duration+duration */
  X_IF,          /* as.cond */
  X_MATCH,       /* as.match */
  X_ANY, X_ALL,  /* as.quant */
  X_SET, X_LIST, /* as.items */
  X_RECORD,      /* as.items: field values in the record type's order */
  X_FIELD,       /* as.field */
  X_CALL,        /* as.call: user function */
  X_BUILTIN      /* as.builtin */
} IrOp;

typedef struct IrExpr IrExpr;
struct IrExpr {
  uint8_t     op;           /* IrOp */
  const Type *type;         /* result type */
  Loc         loc;
  union {
    Val     k;
    int     index;
    IrExpr *un;
    struct { IrExpr *l, *r; } bin;
    struct { IrExpr *c, *t, *e; } cond;
    struct { IrExpr *scrutinee; int n; IrExpr **arm_of_member; } match;  /* arm_of_member[member index] */
    struct { int local; IrExpr *coll, *body; } quant;
    struct { int n; IrExpr **items; const struct ValSet *folded; } items;   /* folded: X_SET of constants, built once by the checker */
    struct { IrExpr *rec; int index; } field;
    struct { int fn; int n; IrExpr **args; } call;
    struct { Builtin b; int n; IrExpr **args; } builtin;
  } as;
};

/* A node of the fact schema: a group (JSON object) or a leaf (a typed slot). */
typedef struct IrFact {
  const char     *name;      /* as declared */
  const char     *key;       /* JSON key (`at "…"`, default the name) */
  const char     *path;      /* dotted path from the fact file's root, by keys: "system.capabilities.social_scoring" */
  const Type     *type;      /* leaf: its type; group: NULL */
  int             slot;      /* leaf: index into the slot array; group: -1 */
  int             n;         /* group: children */
  struct IrFact **children;  /* in declaration order */
  Texts          *label, *ask;
  Loc             loc;
  /* group: the key index the fact readers look keys up with (ir_index_facts, at lowering;
   * NULL in a tree built by hand: the readers then scan). key_lens[i] = strlen(children[i]->key);
   * key_tab: open addressing over ir_key_hash, child index + 1 (0 empty), key_mask + 1 slots. */
  uint32_t       *key_lens;
  int32_t        *key_tab;
  uint32_t        key_mask;
} IrFact;

typedef enum { ST_OFFICIAL, ST_UNOFFICIAL_TRANSLATION, ST_SUMMARY } ArticleStatus;

typedef struct IrArticle {
  const char   *id;          /* "17.3.6", "koap:641-1" */
  const char   *act;         /* may be NULL */
  ArticleStatus status;      /* the `status` clause: the default of texts without their own (summary when none) */
  const char   *source;      /* the `source` clause: likewise the default (may be NULL) */
  Texts        *title;       /* may be NULL */
  Texts        *text;
  ArticleStatus *text_status;/* per item of text: its own status, else the article's */
  const char  **text_source; /* per item of text: its own source, else the article's (may be NULL) */
  int           official;    /* the item of text its translations are made from: the first official one, -1 none */
  bool          has_from, has_until;
  ZDate         from, until;
  Loc           loc;
} IrArticle;

typedef enum { C_NONE, C_UNION, C_MAX, C_MIN, C_ANY, C_ALL } Combine;

/* How a report shows an output's amounts (`unit`, `rounding`, `as percent`; docs/language.md,
 * Outputs). Only reports use it: the value itself stays exact. */
typedef struct IrRendering {
  bool        declared;      /* any of the three clauses */
  bool        percent;       /* ×100 with the per-cent sign */
  int         places;        /* digits after the point; -1: no rounding declared */
  DecRound    mode;
  const char *unit;          /* `unit "₸"`: the same in every language */
  Texts      *unit_texts;    /* `unit { kk … ru … en … }`: per language */
} IrRendering;

typedef struct IrOutput {
  const char *name;
  Loc         loc;
  const Type *type;
  Combine     combine;
  IrExpr     *dflt;          /* NULL: no default */
  Texts      *label;
  IrRendering render;
  int         nroots;
  int        *roots;         /* rules that are not exceptions, in source order */
  /* `unmet when F intersects FN` (a set of enum members checked against findings): member x
   * is not met when F intersects FN(x), met when not, not checked when FN(x) = {}. The
   * evaluator fills OutputResult.checks from it. unmet_by: FN(x) with x as local 0 (assembled
   * by assemble.c); NULL when the output declares no link (then the two indices mean nothing). */
  IrExpr     *unmet_by;
  int         unmet_findings;  /* output F */
  int         unmet_fn;        /* FN */
} IrOutput;

typedef struct IrRule {
  const char *name;
  Loc         loc;
  int         output;
  int         base;          /* the rule this one is an exception to (the first of bases), -1 for a root rule */
  int         nbases;        /* `to r1, r2`: every rule it sets aside; `to all OUT`: the output's roots */
  int        *bases;
  int         all_of;        /* `to all OUT`: that output, else -1 */
  int         nexceptions;
  int        *exceptions;    /* direct exceptions to this rule */
  bool        includes;      /* `then OUT includes value` (one member) rather than `= value` */
  IrExpr     *when;          /* NULL = always */
  IrExpr     *value;
  bool        has_from, has_until;
  ZDate       from, until;   /* effective validity (the rule's own, else its module's) */
  int         ncites;
  int        *cites;         /* article indices */
  Texts      *explain;       /* may be NULL */
  int         nfacts_read;   /* fact slots the rule's condition and value read (for explanations) */
  int        *facts_read;
} IrRule;

typedef struct IrFunc {
  const char  *name;
  Loc          loc;
  int          nparams;      /* parameters are locals 0..nparams-1 */
  int          nlocals;      /* frame size (parameters + quantifier variables) */
  const Type **param_types;
  const Type  *ret;
  bool         handles_unknown;
  IrExpr      *body;
} IrFunc;

typedef struct IrParam {
  const char *name;
  Loc         loc;
  const Type *type;
  int         n;             /* dated values, dates ascending */
  ZDate      *dates;
  Val        *values;
  int         ncites;
  int        *cites;
  Texts      *label;
} IrParam;

typedef struct IrExpect {
  uint8_t form;              /* ExpectForm (ast.h): EXPECT_TRUE, _UNDETERMINED, _NEEDS, _AT_LEAST */
  IrExpr *expr;              /* `expect E`: must be certainly true; NULL for the forms on an output */
  int     output;            /* the forms on an output: the output; else -1 */
  IrExpr *value;             /* `at least V`: V (of the output's type) */
  int     nneeds;            /* `undetermined needs {…}`: the fact slots, sorted by path */
  int    *needs;
  Loc     loc;
} IrExpect;

typedef struct IrTest {
  const char *name;
  Loc         loc;
  bool        has_as_of;
  ZDate       as_of;
  int         ngivens;
  int        *given_slots;   /* fact slot */
  Val        *given_values;
  int         nexpects;
  IrExpect   *expects;
  int         nlocals;       /* frame size needed by the expects */
} IrTest;

typedef struct Program {
  const char  *name, *alias, *version;
  Texts       *title;
  const char  *dir;          /* folder the policy was loaded from */
  IrFact      *facts;        /* the root group: top-level facts are its children */
  int          nslots;
  IrFact     **slots;        /* slot -> leaf */
  int          subject_slot; /* -1 when the header names none */
  int          as_of_slot;   /* -1 when the header names none */
  int          noutputs;  IrOutput  *outputs;
  int          nrules;    IrRule    *rules;
  int          narticles; IrArticle *articles;
  int          nfuncs;    IrFunc    *funcs;
  int          nparams;   IrParam   *params;
  int          ntests;    IrTest    *tests;
  int          nenums;    EnumType **enums;
  int          nlocals;   /* largest frame any rule/output/default/test expression needs */
  bool         library;   /* no policy header (LoadOptions.library_ok): testable, not evaluable */
  bool         shared_exceptions;   /* some exception sets aside several rules (IrRule.nbases > 1) */
  int32_t     *out_tab;   /* output names hashed (ir_index_outputs): index + 1, 0 empty; NULL: none */
  uint32_t     out_mask;
  int            nmodules;      /* the modules load.c read, std imports included, in load order: */
  const char   **module_names;  /* "classification", "std.dates" (what policy_sha256 sorts by) */
  const Source **module_srcs;   /* their sources, byte for byte */
} Program;

/* Builds the key index of every group under g (see IrFact); lowering calls it on the root. */
void ir_index_facts(IrFact *g);
/* The hash of a JSON key of len bytes that key_tab is keyed by: cheap (length and two bytes),
 * for the readers look up every key of every record. */
static inline uint32_t ir_key_hash(const char *k, size_t len) {
  return len ? (uint32_t)len * 31u + (unsigned char)k[0] * 7u + (unsigned char)k[len - 1] : 0;
}
/* Builds p->out_tab, so ir_find_output does not scan every output (lowering calls it). */
void ir_index_outputs(Program *p);
int ir_find_output(const Program *p, const char *name);   /* -1 if absent */
int ir_find_output_n(const Program *p, const char *name, size_t n);   /* name of n bytes */
/* The item of a's text in language "kk"/"ru"/"en", -1 when it has none. */
int ir_article_item(const IrArticle *a, const char *lang);
/* Calls f on every node of e (pre-order), not entering called functions' bodies. */
void ir_walk(const IrExpr *e, void (*f)(const IrExpr *, void *), void *ctx);
/* The fact (leaf or group) at a dotted path of n bytes from the fact file's root ("" is the
 * root), NULL if absent: each segment a child's key, or with by_name also its name (a text's
 * placeholder may use either). The one look-up by path outside the fact readers. */
const IrFact *ir_find_fact(const Program *p, const char *path, size_t n, bool by_name);
#endif
