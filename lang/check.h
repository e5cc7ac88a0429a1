/* check.h — the checker: from parsed modules to a checked, lowered Program (ir.h).
 * The entry point the loader (and tests) call, then the state its passes share. */
#ifndef ZAN_CHECK_H
#define ZAN_CHECK_H
#include <stdbool.h>
#include "ast.h"
#include "ir.h"
#include "types.h"
#include "base/diag.h"
#include "base/buf.h"
#include "base/stack.h"

/* Expression nodes all inlined constants of a policy may add up to (real laws need a few
 * thousand); stack kept free below the deepest inlining. */
#define CHECK_MAX_INLINED      1000000
#define CHECK_STACK_RESERVE    (2 * 1024 * 1024)

/* One module of a policy, as the loader found it. */
typedef struct CheckModule {
  File       *file;
  const char *name;        /* "facts" (the file stem), "std.dates" for the standard library */
  bool        is_std;      /* from the standard library: never holds the policy header */
  int         nimports;    /* parallel to file->imports */
  int        *imports;     /* module index per import, -1 when not found (already reported) */
} CheckModule;

/* How a policy is checked; all false / NULL (or no options at all) is an ordinary policy. */
typedef struct CheckOptions {
  const char *dir;          /* the folder the policy came from (Program.dir), may be NULL */
  bool library_ok;          /* no policy header is no error: the Program is then a library */
  /* The loader already reported errors while reading and parsing these modules (a syntax
   * error, an unreadable file, a missing import). The checker still runs on what was parsed,
   * but stays quiet about what may echo the lost text (check_report_echo). Without it the
   * checker finds syntax errors itself in the Diags: those located in one of the modules. */
  bool after_syntax_errors;
  /* The test blocks are neither checked nor lowered (Program.ntests is 0): for `zan eval`,
   * which never runs them (`zan check` and `zan test` check them). */
  bool skip_tests;
} CheckOptions;

/* The checker's one entry point: checks every module and lowers the policy. Returns NULL
 * when an error was reported (warnings don't stop it). o may be NULL (the defaults). */
Program *check_program(CheckModule *mods, int n, const CheckOptions *o, Diags *d);
/* For tests and single-source tools: modules named by their files' stems; `import X`
 * resolves to another of these files (std.X to one whose stem is X); a missing one is an error. */
Program *check_files(File **files, int n, Diags *d);

/* ---------------------------------------------------------------------------------------
 * Shared by the passes (check_names.c, check_types.c, check_unmet.c, check_elab.c, check_fold.c,
 * check_rules.c, assemble.c); not an API.
 * Passes in order: names (declare, scopes) -> types (declarations, then every expression,
 * elaborated straight into typed IrExpr) -> rules (citations, exceptions, texts, cycles)
 * -> assemble (the Program). */

typedef enum {
  SYM_BUILTIN_TYPE,  /* bool int decimal text date duration: type */
  SYM_BUILTIN_FN,    /* index: the first builtins.def row of its name (B_*) */
  SYM_ASOF,          /* `as_of` */
  SYM_ENUM,          /* type */
  SYM_TYPE,          /* `type X = …`: type */
  SYM_FACT,          /* fact: a top-level fact (leaf or group) */
  SYM_OUTPUT,        /* index into outputs */
  SYM_RULE,          /* index into rules */
  SYM_FN,            /* index into funcs */
  SYM_CONST,         /* const: see CkConst */
  SYM_PARAM          /* index into params */
} SymKind;

/* Where a constant's or type alias's resolution stands; IN_PROGRESS met again is a cycle. */
typedef enum { SYM_UNRESOLVED, SYM_IN_PROGRESS, SYM_RESOLVED } SymState;

typedef struct Sym {
  SymKind     kind;
  const char *name;
  Node       *decl;        /* NULL for built-ins */
  int         module;      /* -1 for built-ins */
  Loc         loc;         /* the declared name */
  int         index;
  const Type *type;        /* resolved type (may be &type_error) */
  IrFact     *fact;        /* SYM_FACT */
  SymState    state;       /* consts and typedefs: resolved yet? (cycles are found by it) */
  IrExpr     *folded;      /* SYM_CONST: the folded value (X_CONST) or NULL when not foldable */
  bool        ok;          /* SYM_CONST: its value checked without error */
} Sym;

/* A name table: open addressing, names are NFC strings compared bytewise. */
typedef struct SymTab { Sym **slots; int cap, n; } SymTab;
Sym *symtab_get(const SymTab *t, const char *name);
void symtab_put(SymTab *t, Sym *s);

typedef struct Checker {
  Diags       *d;
  CheckModule *mods;
  int          nmods;
  SymTab      *scopes;     /* per module: its own top-level names */
  SymTab       builtins;   /* the outer scope */
  SymTab       articles;   /* article id -> Sym (index into art_nodes); one namespace per policy */
  SymTab       global;     /* outputs, rules, top-level facts: unique across the policy */
  Vec          art_nodes, art_mods;     /* Node*, module (as intptr) */
  Vec          enums;                   /* EnumType* in declaration order */
  Vec          out_syms, rule_syms, fn_syms, param_syms, const_syms, fact_syms;
  Vec          tests, test_mods;        /* Node*, module */
  Node        *policy;     /* the header, NULL when none */
  int          policy_mod;
  Program     *prog;       /* filled as the passes go */
  int          nslots;
  Vec          slots;      /* IrFact* per slot */
  int          max_frame;  /* largest frame of a rule/default/test expression */
  bool         library_ok; /* a missing policy header is no error (a library) */
  /* The run had syntax errors or a failed import before checking. The passes still run on
   * the recovered ASTs, but an error that may only echo a declaration the parser lost (an
   * unknown name…) is not reported: check_report_echo decides, in one place. */
  bool         after_syntax_errors;
  /* Constants that are not plain values are inlined where used (check_elab.c const_use):
   * chains and trees of them multiply the IR, so inlining is limited in size and stack. */
  int          inlining;       /* > 0 while elaborating an inlined constant */
  long         inlined_nodes;  /* expression nodes elaborated inside inlined constants */
  bool         inline_reported;/* E_CONST_TOO_LARGE / E_CONST_TOO_DEEP reported (once) */
  StackGuard   stack;          /* set by check_program */
  Vec          syntax_errs; /* Loc* of those errors, to tell which declarations they fell in */
  /* Per module: the names its imports declare, merged (check_names.c check_lookup), so a
   * look-up is one probe instead of one per import; rebuilt when a scope grew since
   * (visible_n: ndeclared when it was built). A name two imports declare maps
   * to a marker Sym (module == -2): the slow path then reports the ambiguity. */
  SymTab      *visible;
  int         *visible_n;
  int          ndeclared;      /* names put in module scopes so far (declare) */
  bool         skip_tests;     /* CheckOptions.skip_tests: test blocks are left alone */
} Checker;

/* check.c */
/* Reports an error that may be an echo of text lost to a syntax error (after_syntax_errors).
 * decl == NULL: the error may echo any lost declaration (an unknown name, output, rule, fact,
 * type or article, a placeholder naming nothing, a missing policy header); it is reported
 * only when the run had no syntax error. decl != NULL: the error is about decl's own text (a
 * missing clause, a fact of a group); it is not reported when the parser recovered inside
 * decl (check_recovered_in). Returns the Diag (for notes) or NULL. The arguments after id are
 * the message's strings (unused ones may be NULL). */
Diag *check_report_echo(Checker *ck, const Node *decl, Loc loc, MsgId id,
                        const char *a, const char *b, const char *c);
/* Whether a syntax error of this run fell inside decl (or a part of one): between its start
 * and the next declaration the parser kept. Its parts may then be missing, or come from the
 * text after it (a test whose `}` was lost holds the next test's givens). */
bool  check_recovered_in(const Checker *ck, const Node *decl);

/* check_names.c */
void  check_names(Checker *ck);
/* Looks a name up from module m: its own names, then its imports' (ambiguous => error at loc
 * and NULL), then the built-ins. Reports nothing when absent. */
Sym  *check_lookup(Checker *ck, int m, const char *name, Loc loc, bool *ambiguous);
/* "unknown name 'x'", with "did you mean 'y'?" when a visible name is close. */
/* kinds: a mask of (1u << SymKind) — only names of those kinds are suggested. */
#define CK_VALUES  ((1u << SYM_FACT) | (1u << SYM_OUTPUT) | (1u << SYM_CONST) | (1u << SYM_PARAM) | (1u << SYM_ASOF))
#define CK_TYPES   ((1u << SYM_BUILTIN_TYPE) | (1u << SYM_ENUM) | (1u << SYM_TYPE))
#define CK_CALLS   ((1u << SYM_FN) | (1u << SYM_BUILTIN_FN) | (1u << SYM_TYPE))
void  check_unknown_name(Checker *ck, int m, const char *name, unsigned kinds, Loc loc, MsgId plain, MsgId hint);
const char *check_closest(Checker *ck, int m, const char *name, unsigned kinds);
/* The one typo measure behind every "did you mean": edits with neighbour swaps, and the limit. */
int   check_edit_distance(const char *a, const char *b);
bool  check_is_typo(int distance, size_t n);

/* A keyword as module m writes it (its keyword set), for messages that name a clause. */
const char *check_keyword(const Checker *ck, int m, const char *en);

/* check_types.c */
void  check_types(Checker *ck);
const Type *check_type_expr(Checker *ck, int m, Node *t);
/* The type an enum or a `type X = …` declares, settled on first use (a cycle is an error). */
const Type *check_enum_type(Checker *ck, Sym *s);
const Type *check_typedef_type(Checker *ck, Sym *s);

/* check_unmet.c: each output's `unmet when F intersects FN` (after the declarations' types) */
void  check_unmet(Checker *ck);

/* check_fold.c */
/* Folds a constant expression to a value; false when it is not constant. */
bool  check_fold(const IrExpr *e, Val *out);
/* Resolves a `const` once: its type, its value checked, folded when it folds (Sym.folded). */
void  check_const_resolve(Checker *ck, Sym *s);

/* check_elab.c (the elaboration context itself: check_elab.h) */
IrExpr *ir_const(Val v, const Type *t, Loc loc);
/* Fact paths: a N_NAME / N_FIELD_ACCESS chain naming a fact (leaf or group), or NULL. */
IrFact *check_fact_path(Checker *ck, int m, Node *e, bool report);

/* check_rules.c */
void  check_rules(Checker *ck);
/* Texts: tags kk/ru/en, no repeats (error), missing language (warning); no status or
 * source (those belong to an article's text: check_text_langs checks only the tags). */
void  check_texts(Checker *ck, const Texts *t);
void  check_text_langs(Checker *ck, const Texts *t);

/* check_statute.c: the header's `statute` clauses; official texts quote them (runs after
 * the articles are checked). */
void  check_statutes(Checker *ck);

/* assemble.c */
void  assemble_program(Checker *ck);
#endif
