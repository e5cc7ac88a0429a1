/* ast.h — the syntax tree, exactly as written: names unresolved, positions and comments
 * kept so that the formatter and the translation import can rewrite a file faithfully.
 * Grammar actions only call the constructors in ast.c; every later pass reads this tree.
 * A Node's active union member is named in the comment on its kind. */
#ifndef ZAN_AST_H
#define ZAN_AST_H
#include <stdbool.h>
#include <stdint.h>
#include "base/source.h"
#include "base/date.h"

typedef struct Node Node;

typedef struct NodeList { Node **items; int n; int cap; } NodeList;

/* A name as written, with its place. */
typedef struct Name { const char *text; Loc loc; } Name;   /* text NFC; NULL when missing (after an error) */

/* A text in three languages: { kk "…" ru "…" en "…" }. */
typedef struct TextItem {
  Name        lang;          /* "kk", "ru", "en" as written (checker validates) */
  const char *text;          /* decoded string value (escapes applied), NFC */
  Loc         loc;           /* the string literal, quotes included */
  const char *fingerprint;   /* `from "…"` (translations: the source text's fingerprint), or NULL */
  Loc         fp_loc;        /* that literal, quotes included */
  Name        status;        /* `ru status official "…"`: this text's own status (articles only), text NULL when absent */
  const char *source;        /* `ru source "…" "…"`: where this text comes from (articles only), or NULL */
  Loc         source_loc;    /* that literal, quotes included */
} TextItem;
struct Texts {
  Loc       loc;             /* the braces */
  int       n;
  TextItem *items;
};
typedef struct Texts Texts;

/* `statute "230-VIII" ru "sources/230-VIII.ru.md"` in the policy header: the shipped text of
 * an act in one language, which that act's official texts in that language must quote. */
typedef struct StatuteAst {
  const char *act;  Loc act_loc;
  Name        lang;
  const char *path; Loc path_loc;   /* relative to the folder of the file holding the header */
} StatuteAst;

/* Validity: in force from D [until E]. */
typedef struct Validity {
  bool  has_from, has_until;
  ZDate from, until;
  Loc   loc;
} Validity;

typedef enum {
  /* --- declarations --- */
  N_POLICY,     /* as.policy */
  N_ARTICLE,    /* as.article */
  N_ENUM,       /* as.enm */
  N_TYPEDEF,    /* as.typedef */
  N_FACT,       /* as.fact (leaf when type != NULL, group when children.n > 0) */
  N_OUTPUT,     /* as.output */
  N_RULE,       /* as.rule (also exceptions: is_exception) */
  N_FN,         /* as.fn */
  N_CONST,      /* as.cnst */
  N_PARAMETER,  /* as.param */
  N_TEST,       /* as.test */
  /* --- type expressions --- */
  N_TYPE_NAME,  /* as.tname: bool int decimal text date duration, or an enum/record name */
  N_TYPE_SET,   /* as.telem */
  N_TYPE_LIST,  /* as.telem */
  N_TYPE_RECORD,/* as.trec: fields are N_FIELD */
  N_FIELD,      /* as.field: name : type (record fields, fn params) */
  /* --- expressions --- */
  N_INT,        /* as.i (value); overflow in a literal is a lexical error */
  N_DEC,        /* as.text: the literal's digits as written, underscores removed */
  N_TEXT,       /* as.text: decoded */
  N_DATE,       /* as.date */
  N_DUR,        /* as.dur */
  N_BOOL,       /* as.b */
  N_UNKNOWN,    /* literal `unknown` (in test givens) */
  N_NAME,       /* as.name: a variable, fact root, output, constant, parameter, enum member, or `as_of` */
  N_FIELD_ACCESS,/* as.access: expr.field (also qualified names Tier.high and fact paths a.b.c) */
  N_CALL,       /* as.call: callee(args); args may be named (Fine(mrp = 1)) */
  N_UNARY,      /* as.unary: OP_NOT, OP_NEG */
  N_BINARY,     /* as.binary */
  N_IF,         /* as.ifx */
  N_MATCH,      /* as.match: arms are N_ARM */
  N_ARM,        /* as.arm */
  N_QUANT,      /* as.quant: any/all x in xs : body */
  N_SET_LIT,    /* as.items */
  N_LIST_LIT,   /* as.items */
  N_ERROR       /* a place the parser recovered from; the checker skips it silently */
} NodeKind;

/* The forms of `expect` in a test (expects[i] is the expression, or the output's N_NAME). */
typedef enum {
  EXPECT_TRUE,          /* expect E */
  EXPECT_UNDETERMINED,  /* expect OUT undetermined */
  EXPECT_NEEDS,         /* expect OUT undetermined needs {paths}: arg the set literal of paths */
  EXPECT_AT_LEAST       /* expect OUT at least V: arg V */
} ExpectForm;

typedef enum {
  OP_NOT, OP_NEG,
  OP_AND, OP_OR,
  OP_EQ, OP_NE, OP_LT, OP_LE, OP_GT, OP_GE,
  OP_IN, OP_CONTAINS, OP_INTERSECTS,
  OP_ADD, OP_SUB, OP_MUL, OP_DIV
} Op;


struct Node {
  NodeKind kind;
  Loc      loc;                 /* the whole construct (parentheses around it excluded) */
  /* Parentheses written around an expression: from the outermost `(` to just after its `)`,
   * in loc's source; both 0 when none were written (ast_parenthesized). Meaning never depends
   * on them (the tree's shape does); `zan fmt` keeps the ones that help a reader. */
  uint32_t paren_start, paren_end;
  union {
    struct { Name name; Name alias_kw; const char *alias; Loc alias_loc;
             const char *version; Loc version_loc;
             Node *subject; Node *as_of; Texts *title;
             int nstatutes; struct StatuteAst *statutes; } policy;          /* subject/as_of: N_NAME or N_FIELD_ACCESS paths */
    struct { const char *id; Loc id_loc; const char *act; Loc act_loc;
             Texts *title; Name status; const char *source; Loc source_loc;
             Validity validity; Texts *text; } article;
    struct { Name name; bool ordered; int n; struct EnumMemberAst { Name name; Texts *label; } *members; } enm;
    struct { Name name; Node *type; } typedef_;
    struct { Name name; Node *type; const char *key; Loc key_loc;      /* key: `at "…"`, NULL = name */
             Texts *label; Texts *ask; NodeList children; } fact;
    struct { Name name; Node *type; Name combine; Node *dflt; Texts *label;
             /* how its amounts are shown: `unit "₸"` or `unit { kk … }`, `rounding 2 half_up`
              * (round_mode.text NULL when the mode is missing), `as percent` */
             const char *unit; Loc unit_loc; Texts *unit_texts;
             bool rounds; int64_t places; Loc places_loc; Name round_mode;
             bool percent; Loc percent_loc;
             Name unmet_findings, unmet_fn; Loc unmet_loc; } output;      /* `unmet when F intersects FN` (text NULL: none) */
    struct { Name name; bool is_exception; Name base;                   /* base: `to RULE` (the first of several) */
             int nbases; Name *bases;                                   /* `to r1, r2`: every base, bases[0] = base */
             bool to_all;                                               /* `to all OUTPUT`: base names the output */
             int ncites; const char **cites; Loc *cite_locs;
             Validity validity; Node *when;                             /* when: NULL = always */
             Name target; bool includes; Node *value; Texts *explain; } rule;
    struct { Name name; NodeList params; Node *ret; bool handles_unknown; Node *body; } fn;
    struct { Name name; Node *type; Node *value; } cnst;                /* type may be NULL */
    struct { Name name; Node *type; int ncites; const char **cites; Loc *cite_locs;
             Texts *label; int n; ZDate *dates; Loc *date_locs; Node **values; } param;
    struct { const char *name; Loc name_loc; bool has_as_of; ZDate as_of;
             NodeList given_paths; NodeList given_values;               /* parallel lists */
             NodeList expects; uint8_t *expect_form; Node **expect_arg; } test;   /* per expect: ExpectForm; arg: see ExpectForm */
    struct { Name name; } tname;
    struct { Node *elem; } telem;
    struct { NodeList fields; } trec;
    struct { Name name; Node *type; } field;
    int64_t i;
    const char *text;
    ZDate date;
    ZDuration dur;
    bool b;
    struct { Name name; } name;
    struct { Node *expr; Name field; } access;
    struct { Node *callee; NodeList args; Name *arg_names; } call;      /* arg_names NULL or one per arg (text NULL = positional) */
    struct { Op op; Node *e; } unary;
    struct { Op op; Node *l, *r; Loc op_loc; } binary;
    struct { Node *cond, *then_, *else_; } ifx;
    struct { Node *scrutinee; NodeList arms; } match;
    struct { int npatterns; Name *patterns; bool is_else; Node *body; } arm;
    struct { bool is_all; Name var; Node *coll; Node *body; } quant;
    NodeList items;
  } as;
};

/* A comment, kept for the formatter: `-- text` from loc.start to the end of its line. */
typedef struct Comment { Loc loc; const char *text; } Comment;   /* text: after the `--`, without the newline */

/* One .zan file, as parsed. */
typedef struct File {
  const Source *src;
  Name          module;          /* `module NAME`, text NULL when absent */
  Validity      module_validity; /* `module NAME in force from …` */
  int           nimports;
  Name         *imports;         /* "facts", "std.dates" (dotted, joined) */
  NodeList      decls;           /* N_POLICY, N_ARTICLE, … in source order */
  int           ncomments;
  Comment      *comments;        /* in source order */
  int           keyword_set;     /* 0 = English; Russian and Kazakh sets come with the languages issue */
  int           capcomments, capimports;   /* growth of the two arrays above */
} File;

/* --- constructors (lang/ast.c): the only thing grammar actions call --- */
/* A list of article ids as written after `cites` ("17.3.6", "koap:641-1"). */
typedef struct StrList { int n, cap; const char **items; Loc *locs; } StrList;
typedef enum { DUR_DAY, DUR_WEEK, DUR_MONTH, DUR_YEAR } DurUnit;

void  nodelist_push(NodeList *l, Node *n);
void  strlist_push(StrList *l, const char *s, Loc loc);
Texts *ast_texts_new(Loc loc);
void  ast_texts_add(Texts *t, Name lang, const char *text, Loc loc);
void  ast_texts_fingerprint(Texts *t, const char *fp, Loc loc);   /* sets it on the last item added */
/* An entry with clauses before its text: `ru status official source "…" "…"`. The head is
 * built first (lang, then status/source; setters return false when given twice), then pushed. */
TextItem *ast_text_head(Name lang);
bool  ast_text_head_status(TextItem *it, Name status);
bool  ast_text_head_source(TextItem *it, const char *src, Loc loc);
void  ast_texts_push(Texts *t, TextItem *head, const char *text, Loc loc);
Validity ast_validity(bool has_from, ZDate from, bool has_until, ZDate until, Loc loc);
File *ast_file_new(const Source *src);
void  ast_file_import(File *f, Name module);
void  ast_file_comment(File *f, Loc loc, const char *text);
/* expressions */
Node *ast_int(int64_t v, Loc loc);
Node *ast_dec(const char *digits, Loc loc);
Node *ast_percent(const char *digits, Loc loc);          /* `7 %`: the decimal 0.07 (an N_DEC) */
Node *ast_text(const char *s, Loc loc);
Node *ast_date(ZDate d, Loc loc);
Node *ast_dur(int32_t n, DurUnit unit, Loc loc);
Node *ast_bool(bool b, Loc loc);
Node *ast_unknown(Loc loc);
Node *ast_name(Name n);
Name  ast_name_join(Name a, Name b);                     /* "std" + "dates" = "std.dates" */
Node *ast_access(Node *e, Name field, Loc loc);
Node *ast_call_args(void);                                /* an N_CALL without callee, collecting args */
void  ast_call_arg(Node *call, const Name *arg_name, Node *arg);   /* arg_name NULL: positional */
Node *ast_call_finish(Node *call, Node *callee, Loc loc);
Node *ast_unary(Op op, Node *e, Loc loc);
Node *ast_binary(Op op, Node *l, Node *r, Loc op_loc, Loc loc);
Node *ast_if(Node *c, Node *a, Node *b, Loc loc);
Node *ast_match(Node *scrutinee, Loc loc);
void  ast_match_arm(Node *match, Node *arm);
Node *ast_arm(Name first_pattern, Loc loc);               /* first_pattern.text NULL: `else` arm */
void  ast_arm_pattern(Node *arm, Name pattern);
void  ast_arm_body(Node *arm, Node *body, Loc loc);
Node *ast_quant(bool is_all, Name var, Node *coll, Node *body, Loc loc);
Node *ast_items(NodeKind k, Loc loc);                     /* N_SET_LIT / N_LIST_LIT, empty */
void  ast_items_push(Node *lit, Node *item);
Node *ast_error(Loc loc);
/* types */
Node *ast_type_name(Name n);
Node *ast_type_elem(NodeKind k, Node *elem, Loc loc);     /* N_TYPE_SET / N_TYPE_LIST */
Node *ast_type_record(Loc loc);
void  ast_type_record_field(Node *rec, Node *field);
Node *ast_field(Name n, Node *type, Loc loc);
/* declarations; setters return false when the clause was already given (the parser reports it) */
Node *ast_policy(Name name, Loc loc);
bool  ast_policy_alias(Node *p, const char *alias, Loc loc);
bool  ast_policy_version(Node *p, const char *version, Loc loc);
bool  ast_policy_subject(Node *p, Node *path);
bool  ast_policy_as_of(Node *p, Node *path);
bool  ast_policy_title(Node *p, Texts *t);
void  ast_policy_statute(Node *p, const char *act, Loc act_loc, Name lang, const char *path, Loc path_loc);
Node *ast_article(const char *id, Loc id_loc, Loc loc);
bool  ast_article_act(Node *a, const char *act, Loc loc);
bool  ast_article_title(Node *a, Texts *t);
bool  ast_article_status(Node *a, Name status);
bool  ast_article_source(Node *a, const char *src, Loc loc);
bool  ast_article_validity(Node *a, Validity v);
void  ast_article_text(Node *a, Texts *t, Loc loc);
Node *ast_enum(Name name, Loc loc);
void  ast_enum_member(Node *e, Name member, Texts *label);
void  ast_enum_ordered(Node *e, bool ordered);
Node *ast_typedef(Name name, Node *type, Loc loc);
Node *ast_fact_leaf(Name name, Node *type, Loc loc);
Node *ast_fact_group(Name name, Loc loc);
bool  ast_fact_at(Node *f, const char *key, Loc loc);
bool  ast_fact_label(Node *f, Texts *t);
bool  ast_fact_ask(Node *f, Texts *t);
void  ast_fact_child(Node *group, Node *child);
Node *ast_output(Name name, Node *type, Loc loc);
bool  ast_output_combine(Node *o, Name how);
bool  ast_output_default(Node *o, Node *dflt);
bool  ast_output_label(Node *o, Texts *t);
bool  ast_output_unit(Node *o, const char *unit, Loc loc, Texts *texts);   /* one of unit, texts */
bool  ast_output_rounding(Node *o, int64_t places, Loc places_loc, Name mode);
bool  ast_output_percent(Node *o, Loc loc);
/* `unmet when FINDINGS intersects FN` (the checklist link, docs/language.md); loc: the clause */
bool  ast_output_unmet(Node *o, Name findings, Name fn, Loc loc);
Node *ast_rule(Name name, bool is_exception, Loc loc);
bool  ast_rule_base(Node *r, Name base);
void  ast_rule_base_more(Node *r, Name base);            /* `to r1, r2`: the next base after ast_rule_base */
bool  ast_rule_base_all(Node *r, Name output);           /* `to all OUTPUT` */
bool  ast_rule_cites(Node *r, const StrList *cites);
bool  ast_rule_validity(Node *r, Validity v);
bool  ast_rule_when(Node *r, Node *cond);
bool  ast_rule_then(Node *r, Name target, bool includes, Node *value);
bool  ast_rule_explain(Node *r, Texts *t);
Node *ast_fn(Name name, Loc loc);
void  ast_fn_param(Node *fn, Node *field);
void  ast_fn_finish(Node *fn, Node *ret, bool handles_unknown, Node *body, Loc loc);
Node *ast_const(Name name, Node *type, Node *value, Loc loc);
Node *ast_param(Name name, Node *type, Loc loc);
bool  ast_param_cites(Node *p, const StrList *cites);
bool  ast_param_label(Node *p, Texts *t);
void  ast_param_entry(Node *p, ZDate date, Loc date_loc, Node *value);
Node *ast_test(const char *name, Loc name_loc, Loc loc);
bool  ast_test_as_of(Node *t, ZDate d);
void  ast_test_given(Node *t, Node *path, Node *value);
void  ast_test_expect(Node *t, Node *e, ExpectForm form, Node *arg);   /* arg: EXPECT_NEEDS / EXPECT_AT_LEAST */
void  ast_set_loc(Node *n, Loc loc);
Node *ast_paren(Node *e, Loc loc);        /* `( e )`: records the parentheses on e, returns e */
bool  ast_parenthesized(const Node *n);   /* written in parentheses */

Node *ast_new(NodeKind k, Loc loc);     /* zeroed node of kind k */
const char *ast_kind_name(NodeKind k);  /* for tests and debugging dumps */
const char *op_text(Op op);             /* "and", "<=", …: English keyword forms, symbols as written */
int         op_keyword(Op op);          /* its keyword token (T_AND, …; lexer.h), 0 for a symbol */
/* S-expression dump of a file or node, for parser tests: (rule r (cites "17.3.6") …). */
char *ast_dump_file(const File *f);
char *ast_dump(const Node *n);
#endif
