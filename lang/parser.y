/* parser.y — the zan grammar (bison 3.8, pure, LAC, messages from our catalogue).
 * Owns parse_file(): tokens from lexer.re to the AST of ast.h; actions only call ast.c. */
%require "3.8"
%define api.pure full
%define api.prefix {zan_}
%define api.token.prefix {T_}
%define api.location.type {ZanLoc}
%locations
%param {ZanParser *p}
%define parse.error custom
%define parse.lac full
%expect 0

%code requires {
#include <stdint.h>
#include "ast.h"
typedef struct ZanParser ZanParser;
/* A token's or a rule's place: byte offsets into the source (end exclusive). */
typedef struct ZanLoc { uint32_t start, end; } ZanLoc;
}

%code {
#include <string.h>
#include <strings.h>
#include "lexer.h"
#include "parse.h"
#include "base/alloc.h"

/* The parser's stacks live in GC memory so AST pointers on them stay visible to the collector. */
#define YYMALLOC zan_alloc
#define YYFREE(ptr) ((void)(ptr))
/* The parser stack's limit (bison's default is 10000). Brackets take parser-stack entries but
 * make no tree nodes, so this is not PARSE_MAX_DEPTH: about 10000 redundant brackets still
 * parse, and past this bison stops with E_PARSE_TOO_DEEP. 20000 entries of value, location and
 * state are about 850 KB of GC memory at most: bounded, and far beyond any real policy. */
#define YYMAXDEPTH 20000

/* A rule's place spans its first to its last symbol; an empty rule sits where the previous ended. */
#define YYLLOC_DEFAULT(Cur, Rhs, N)                                          \
  do {                                                                       \
    if (N) { (Cur).start = YYRHSLOC(Rhs, 1).start; (Cur).end = YYRHSLOC(Rhs, N).end; } \
    else   { (Cur).start = (Cur).end = YYRHSLOC(Rhs, 0).end; }               \
  } while (0)

static int zan_lex(ZAN_STYPE *val, ZanLoc *loc, ZanParser *p) { return lex_next(&p->lx, val, loc); }
static void zan_error(ZanLoc *loc, ZanParser *p, const char *msg);

static Loc L(const ZanParser *p, ZanLoc l) { Loc r = { p->src, l.start, l.end }; return r; }
#define LOC(at) L(p, at)

/* A clause given twice (`when … when …`): reported, the second is ignored. */
/* A keyword as this file writes it (its form in the file's keyword set), for messages. */
static const char *kw_local(const ZanParser *p, const char *en) {
  int tok = lex_keyword(en, strlen(en), 0);
  const char *t = tok ? lex_keyword_text(tok, p->file->keyword_set) : NULL;
  return t ? t : en;
}
static void dup(ZanParser *p, ZanLoc at, const char *clause) {
  diag_report(p->d, DIAG_ERROR, LOC(at), E_PARSE_DUP_CLAUSE, kw_local(p, clause));
}
#define ONCE(call, at, clause) do { if (!(call)) dup(p, at, clause); } while (0)

/* Enum separators: all '<' (ordered) or all ',' / spaces (unordered); '<' between members. */
static void enum_mixed(ZanParser *p, ZanLoc at) {
  if (!p->enum_mixed) diag_report(p->d, DIAG_ERROR, LOC(at), E_PARSE_ENUM_MIXED);
  p->enum_mixed = true;   /* once per enum */
}
static void enum_sep(ZanParser *p, Node *e, int sep, ZanLoc at) {
  if (sep == '<') {
    if (p->enum_last != 1) diag_report(p->d, DIAG_ERROR, LOC(at), E_PARSE_ENUM_ORDER);
    else if (p->enum_comma) enum_mixed(p, at);
    p->enum_lt = true;
    ast_enum_ordered(e, true);
  } else if (sep == ',') {
    if (p->enum_lt) enum_mixed(p, at);
    p->enum_comma = true;
  }
  p->enum_last = sep == '<' ? 2 : 3;
}
static void enum_member(ZanParser *p, Node *e, Name m, Texts *label, ZanLoc at) {
  if (p->enum_lt && p->enum_last != 2)   /* `a < b c`: a member without '<' in an ordered enum */
    enum_mixed(p, at);
  ast_enum_member(e, m, label);
  p->enum_last = 1;
}
static void enum_end(ZanParser *p, ZanLoc at) {
  if (p->enum_last == 2) diag_report(p->d, DIAG_ERROR, LOC(at), E_PARSE_ENUM_ORDER);
}

/* `1 year`: the count must keep the duration's fields (int32, weeks as days) in range. */
static Node *duration(ZanParser *p, int64_t n, DurUnit u, ZanLoc at) {
  int64_t lim = u == DUR_WEEK ? INT32_MAX / 7 : INT32_MAX;
  if (n > lim) {
    diag_report(p->d, DIAG_ERROR, LOC(at), E_PARSE_DUR_RANGE);
    n = 0;
  }
  return ast_dur((int32_t)n, u, LOC(at));
}

static void decl(ZanParser *p, Node *n) {
  if (n) nodelist_push(&p->file->decls, n);
  p->cur_rule = NULL;   /* the missing-`then` hint applies inside a rule only */
}
static void module_decl(ZanParser *p, Name name, Validity v, ZanLoc at) {
  if (p->file->module.text || p->file->decls.n || p->file->nimports) {
    diag_report(p->d, DIAG_ERROR, LOC(at), E_PARSE_MODULE_LATE, kw_local(p, "module"));
    return;
  }
  p->file->module = name;
  p->file->module_validity = v;
}
}

%union {
  int64_t   i;
  const char *s;
  ZDate     date;
  Name      name;
  Node     *node;
  Texts    *texts;
  TextItem *item;
  StrList  *strs;
  Validity  validity;
  DurUnit   unit;
  bool      b;
}

/* ---- tokens: every one has a readable alias, used in "expected X, found Y" ---- */
%token END 0           "end of file"
%token <name> IDENT    "identifier"
%token <i>    INT      "integer"
%token <s>    DEC      "decimal number"
%token <s>    STRING   "text"
%token <date> DATE     "date"
%token NE     "'!='"
%token LE     "'<='"
%token GE     "'>='"
%token ARROW  "'->'"
/* keywords: generated from keywords.def (lang/gen/parser_keywords.c; the lexer maps KW(X, …)
 * to T_X), the multi-word ones (IN_FORCE, AS_OF: one token each) first */
/* KEYWORD_TOKENS */

/* ---- precedence, lowest first (docs/language.md §5). How each ambiguity resolves:
 * - `if C then A else B`, `any/all x in XS : E`: the rules carry LOWEST, below every
 *   operator, so on `+`, `and`, … after B or E the parser shifts: they extend as far right
 *   as possible. (`match` is closed by its braces and needs nothing.)
 * - binary operators: their own levels; comparisons are %nonassoc, so `a < b < c` is an error.
 * - `not A`: below the comparisons (`not a = b` is `not (a = b)`), above `and`.
 * - unary `-`: UMINUS, above `*` (`-a * b` is `(-a) * b`); postfix `.f` and `(args)`
 *   live in their own nonterminal and bind tightest.
 * - `f(x = 1)`: after `(` IDENT with `=` ahead, the named argument wins (shift): `primary:
 *   IDENT` carries NAME, below '='. A comparison as an argument is written `f((x = 1))`.
 */
%precedence LOWEST
%left OR
%left AND
%precedence NOT
%precedence NAME
%nonassoc '=' NE '<' LE '>' GE IN CONTAINS INTERSECTS
%left '+' '-'
%left '*' '/'
%precedence UMINUS

%type <node> expr postfix primary args arg_list type path decl
%type <node> policy_decl article_head article_decl enum_body enum_decl typedef_decl
%type <node> fact_item fact_leaf fact_group_head fact_group_body
%type <node> output_decl rule_decl rule_bases fn_params fn_decl const_decl param_head param_body param_decl
%type <node> test_head test_body test_decl given_body record_body set_items list_items
%type <node> match_body arm arm_patterns
%type <texts> texts text_items
%type <item> text_head
%type <strs> cites
%type <validity> validity
%type <unit> unit
%type <b> handles
%type <name> dotted combine_how word date_fn

%%

file: %empty
    | file top_item        { yyerrok; }
    | file error           { decl(p, ast_error(LOC(@2))); }
    ;

top_item: MODULE word             { Validity v = {0}; module_decl(p, $2, v, @$); }
        | MODULE word validity    { module_decl(p, $2, $3, @$); }
        | IMPORT dotted           { ast_file_import(p->file, $2); }
        | decl                    { ast_set_loc($1, LOC(@1)); decl(p, $1); }
        ;

dotted: word                      { $$ = $1; }
      | dotted '.' word           { $$ = ast_name_join($1, $3); }
      ;

/* A module name is a file stem: any word, keywords included (`policy.zan` is `module policy`):
 * word is IDENT or any one-word keyword, generated from keywords.def */
/* KEYWORD_WORDS */

decl: policy_decl | article_decl | enum_decl | typedef_decl | FACT fact_item { $$ = $2; ast_set_loc($2, LOC(@$)); }
    | output_decl | rule_decl | fn_decl | const_decl | param_decl | test_decl
    ;

/* ---- shared pieces ---- */

/* { kk "…" ru "…" en "…" } */
texts: '{' text_items '}'         { $$ = $2; $$->loc = LOC(@$); }
     ;
text_items: %empty                { $$ = ast_texts_new(LOC(@$)); }
          | text_items text_head STRING { $$ = $1; ast_texts_push($1, $2, $3, LOC(@3)); }
          /* `ru "…" from "3f2a9c1e"`: the fingerprint of the source text it was made from (docs/i18n.md) */
          | text_items text_head STRING FROM STRING { $$ = $1; ast_texts_push($1, $2, $3, LOC(@3));
                                                      ast_texts_fingerprint($1, $5, LOC(@5)); }
          | text_items ','        { $$ = $1; }
          ;
/* `ru status official source "…"`: an article text's own status and source (the checker
 * refuses them in other texts) */
text_head: IDENT                  { $$ = ast_text_head($1); }
         | text_head STATUS IDENT { $$ = $1; ONCE(ast_text_head_status($1, $3), @2, "status"); }
         | text_head SOURCE STRING { $$ = $1; ONCE(ast_text_head_source($1, $3, LOC(@3)), @2, "source"); }
         ;

/* in force from D [until E] | in force until E */
validity: IN_FORCE FROM DATE             { $$ = ast_validity(true, $3, false, 0, LOC(@$)); }
        | IN_FORCE FROM DATE UNTIL DATE  { $$ = ast_validity(true, $3, true, $5, LOC(@$)); }
        | IN_FORCE UNTIL DATE            { $$ = ast_validity(false, 0, true, $3, LOC(@$)); }
        ;

/* "17.3.6", "koap:641-1" — commas optional */
cites: STRING                     { $$ = ZAN_NEW(StrList); strlist_push($$, $1, LOC(@1)); }
     | cites ',' STRING           { $$ = $1; strlist_push($1, $3, LOC(@3)); }
     | cites STRING               { $$ = $1; strlist_push($1, $2, LOC(@2)); }
     ;

/* a fact path: system.capabilities.social_scoring */
path: IDENT                       { $$ = ast_name($1); }
    | path '.' IDENT              { $$ = ast_access($1, $3, LOC(@$)); }
    ;

/* ---- types: bool int … | Name | set of T | list of T | record { f : T, … } ---- */
type: IDENT                       { $$ = ast_type_name($1); }
    | SET OF type                 { $$ = ast_type_elem(N_TYPE_SET, $3, LOC(@$)); }
    | LIST OF type                { $$ = ast_type_elem(N_TYPE_LIST, $3, LOC(@$)); }
    | record_body '}'             { $$ = $1; ast_set_loc($1, LOC(@$)); }
    ;
record_body: RECORD '{'           { $$ = ast_type_record(LOC(@$)); }
           | record_body IDENT ':' type { $$ = $1; ast_type_record_field($1, ast_field($2, $4, LOC(@2))); }
           | record_body ','      { $$ = $1; }
           ;

/* ---- policy NAME alias "…" version "…" subject PATH as of PATH title {…} ---- */
policy_decl: POLICY IDENT         { yyerrok; $$ = ast_policy($2, LOC(@$)); }
           | policy_decl ALIAS STRING   { $$ = $1; ONCE(ast_policy_alias($1, $3, LOC(@3)), @2, "alias"); }
           | policy_decl VERSION STRING { $$ = $1; ONCE(ast_policy_version($1, $3, LOC(@3)), @2, "version"); }
           | policy_decl SUBJECT path   { $$ = $1; ONCE(ast_policy_subject($1, $3), @2, "subject"); }
           | policy_decl AS_OF path     { $$ = $1; ONCE(ast_policy_as_of($1, $3), @2, "as of"); }
           | policy_decl TITLE texts    { $$ = $1; ONCE(ast_policy_title($1, $3), @2, "title"); }
           /* statute "230-VIII" ru "sources/230-VIII.ru.md": one per act and language */
           | policy_decl STATUTE STRING IDENT STRING { $$ = $1; ast_policy_statute($1, $3, LOC(@3), $4, $5, LOC(@5)); }
           ;

/* ---- article "ID" clauses… { texts } — clauses in any order, each at most once ---- */
article_head: ARTICLE STRING      { yyerrok; $$ = ast_article($2, LOC(@2), LOC(@$)); }
            | article_head ACT STRING   { $$ = $1; ONCE(ast_article_act($1, $3, LOC(@3)), @2, "act"); }
            | article_head TITLE texts  { $$ = $1; ONCE(ast_article_title($1, $3), @2, "title"); }
            | article_head STATUS IDENT { $$ = $1; ONCE(ast_article_status($1, $3), @2, "status"); }
            | article_head SOURCE STRING { $$ = $1; ONCE(ast_article_source($1, $3, LOC(@3)), @2, "source"); }
            | article_head validity     { $$ = $1; ONCE(ast_article_validity($1, $2), @2, "in force"); }
            ;
article_decl: article_head texts  { $$ = $1; ast_article_text($1, $2, LOC(@$)); }
            ;

/* ---- enum Name { a < b < c } | { a, b c } ; members may carry label {…} ---- */
enum_body: ENUM IDENT '{'         { yyerrok; $$ = ast_enum($2, LOC(@$)); p->enum_last = 0; p->enum_lt = p->enum_comma = p->enum_mixed = false; }
         | enum_body IDENT        { $$ = $1; enum_member(p, $1, $2, NULL, @2); }
         | enum_body IDENT LABEL texts { $$ = $1; enum_member(p, $1, $2, $4, @2); }
         | enum_body ','          { $$ = $1; enum_sep(p, $1, ',', @2); }
         | enum_body '<'          { $$ = $1; enum_sep(p, $1, '<', @2); }
         ;
enum_decl: enum_body '}'          { $$ = $1; enum_end(p, @2); ast_set_loc($1, LOC(@$)); }
         ;

typedef_decl: TYPE IDENT '=' type { yyerrok; $$ = ast_typedef($2, $4, LOC(@$)); }
            ;

/* ---- fact NAME : T [at "k"] [label {…}] [ask {…}]  |  fact NAME [clauses] { items } ---- */
fact_item: fact_leaf
         | fact_group_body '}'    { $$ = $1; ast_set_loc($1, LOC(@$)); }
         ;
fact_leaf: IDENT ':' type         { $$ = ast_fact_leaf($1, $3, LOC(@$)); }
         | fact_leaf AT STRING    { $$ = $1; ONCE(ast_fact_at($1, $3, LOC(@3)), @2, "at"); }
         | fact_leaf LABEL texts  { $$ = $1; ONCE(ast_fact_label($1, $3), @2, "label"); }
         | fact_leaf ASK texts    { $$ = $1; ONCE(ast_fact_ask($1, $3), @2, "ask"); }
         ;
fact_group_head: IDENT            { $$ = ast_fact_group($1, LOC(@$)); }
               | fact_group_head AT STRING   { $$ = $1; ONCE(ast_fact_at($1, $3, LOC(@3)), @2, "at"); }
               | fact_group_head LABEL texts { $$ = $1; ONCE(ast_fact_label($1, $3), @2, "label"); }
               | fact_group_head ASK texts   { $$ = $1; ONCE(ast_fact_ask($1, $3), @2, "ask"); }
               ;
fact_group_body: fact_group_head '{'          { $$ = $1; }
               | fact_group_body fact_item    { $$ = $1; ast_set_loc($2, LOC(@2)); ast_fact_child($1, $2); yyerrok; }
               | fact_group_body ','          { $$ = $1; }
               | fact_group_body error        { $$ = $1; }
               ;

/* ---- output NAME : T [combine HOW] [default E] [unit "₸" | unit {…}] [rounding N MODE]
 *      [as percent] [unmet when F intersects FN] [label {…}] ---- */
output_decl: OUTPUT IDENT ':' type { yyerrok; $$ = ast_output($2, $4, LOC(@$)); }
           | output_decl COMBINE combine_how { $$ = $1; ONCE(ast_output_combine($1, $3), @2, "combine"); }
           | output_decl DEFAULT expr  { $$ = $1; ONCE(ast_output_default($1, $3), @2, "default"); }
           | output_decl LABEL texts   { $$ = $1; ONCE(ast_output_label($1, $3), @2, "label"); }
           | output_decl UNIT STRING   { $$ = $1; ONCE(ast_output_unit($1, $3, LOC(@3), NULL), @2, "unit"); }
           | output_decl UNIT texts    { $$ = $1; ONCE(ast_output_unit($1, NULL, LOC(@3), $3), @2, "unit"); }
           | output_decl ROUNDING INT IDENT { $$ = $1; ONCE(ast_output_rounding($1, $3, LOC(@3), $4), @2, "rounding"); }
           /* the mode left out: said here, clearer than "expected identifier" at the next word */
           | output_decl ROUNDING INT  { $$ = $1; Name none = { NULL, LOC(@3) };
                                         diag_report(p->d, DIAG_ERROR, LOC(@3), E_PARSE_ROUNDING_MODE, kw_local(p, "rounding"));
                                         ONCE(ast_output_rounding($1, $3, LOC(@3), none), @2, "rounding"); }
           | output_decl AS_PERCENT    { $$ = $1; ONCE(ast_output_percent($1, LOC(@2)), @2, "as percent"); }
           /* the checklist link: a member x is unmet when F intersects FN(x) (check_types.c) */
           | output_decl UNMET WHEN IDENT INTERSECTS IDENT
             { $$ = $1; ONCE(ast_output_unmet($1, $4, $6, LOC(((ZanLoc){@2.start, @6.end}))), @2, "unmet"); }
           ;
/* union max min are identifiers; any all are keywords, kept under their English names */
combine_how: IDENT                { $$ = $1; }
           | ANY                  { $$ = $1; $$.text = "any"; }
           | ALL                  { $$ = $1; $$.text = "all"; }
           ;

/* ---- rule NAME clauses… | exception NAME to BASE clauses… — any order, each once ---- */
rule_decl: RULE IDENT             { yyerrok; $$ = ast_rule($2, false, LOC(@$)); p->cur_rule = $$; }
         | EXCEPTION IDENT        { yyerrok; $$ = ast_rule($2, true, LOC(@$)); p->cur_rule = $$; }
         | rule_bases
         /* `to all OUTPUT`: every rule of the output (its rules that are not exceptions) */
         | rule_decl TO ALL IDENT { $$ = $1; ONCE(ast_rule_base_all($1, $4), @2, "to"); }
         | rule_decl CITES cites  { $$ = $1; ONCE(ast_rule_cites($1, $3), @2, "cites"); }
         | rule_decl validity     { $$ = $1; ONCE(ast_rule_validity($1, $2), @2, "in force"); }
         | rule_decl WHEN expr    { $$ = $1; ONCE(ast_rule_when($1, $3), @2, "when"); }
         | rule_decl THEN IDENT '=' expr { $$ = $1; ONCE(ast_rule_then($1, $3, false, $5), @2, "then"); }
         | rule_decl THEN IDENT INCLUDES expr { $$ = $1; ONCE(ast_rule_then($1, $3, true, $5), @2, "then"); }
         | rule_decl EXPLAIN texts { $$ = $1; ONCE(ast_rule_explain($1, $3), @2, "explain"); }
         ;

/* `to r1, r2 …`: one exception to several rules (commas optional) */
rule_bases: rule_decl TO IDENT    { $$ = $1; ONCE(ast_rule_base($1, $3), @2, "to"); }
          | rule_bases ',' IDENT  { $$ = $1; ast_rule_base_more($1, $3); }
          | rule_bases IDENT      { $$ = $1; ast_rule_base_more($1, $2); }
          ;

/* ---- fn NAME(p : T, …) : T [handles unknown] = E ---- */
fn_params: FN IDENT '('           { yyerrok; $$ = ast_fn($2, LOC(@$)); }
         | fn_params IDENT ':' type { $$ = $1; ast_fn_param($1, ast_field($2, $4, LOC(@2))); }
         | fn_params ','          { $$ = $1; }
         ;
fn_decl: fn_params ')' ':' type handles '=' expr { $$ = $1; ast_fn_finish($1, $4, $5, $7, LOC(@$)); }
       ;
handles: %empty                   { $$ = false; }
       | HANDLES UNKNOWN          { $$ = true; }
       ;

/* ---- const NAME [: T] = E ---- */
const_decl: CONST IDENT ':' type '=' expr { yyerrok; $$ = ast_const($2, $4, $6, LOC(@$)); }
          | CONST IDENT '=' expr          { yyerrok; $$ = ast_const($2, NULL, $4, LOC(@$)); }
          ;

/* ---- parameter NAME : T [cites …] [label {…}] { DATE: E … } ---- */
param_head: PARAMETER IDENT ':' type { yyerrok; $$ = ast_param($2, $4, LOC(@$)); }
          | param_head CITES cites   { $$ = $1; ONCE(ast_param_cites($1, $3), @2, "cites"); }
          | param_head LABEL texts   { $$ = $1; ONCE(ast_param_label($1, $3), @2, "label"); }
          ;
param_body: param_head '{'        { $$ = $1; }
          | param_body DATE ':' expr { $$ = $1; ast_param_entry($1, $2, LOC(@2), $4); }
          | param_body ','        { $$ = $1; }
          ;
param_decl: param_body '}'        { $$ = $1; ast_set_loc($1, LOC(@$)); }
          ;

/* ---- test "NAME" [as of D] { given {…} expect E  expect NAME undetermined } ---- */
test_head: TEST STRING            { yyerrok; $$ = ast_test($2, LOC(@2), LOC(@$)); p->cur_test = $$; }
         | test_head AS_OF DATE   { $$ = $1; ONCE(ast_test_as_of($1, $3), @2, "as of"); }
         ;
test_body: test_head '{'          { $$ = $1; }
         | test_body given_body '}'  { $$ = $1; }
         | test_body EXPECT expr  { $$ = $1; ast_test_expect($1, $3, EXPECT_TRUE, NULL); yyerrok; }
         | test_body EXPECT IDENT UNDETERMINED { $$ = $1; ast_test_expect($1, ast_name($3), EXPECT_UNDETERMINED, NULL); yyerrok; }
         /* what an operator sees: `needs` of an undetermined output, `at_least` of a max or set output */
         | test_body EXPECT IDENT UNDETERMINED NEEDS expr { $$ = $1; ast_test_expect($1, ast_name($3), EXPECT_NEEDS, $6); yyerrok; }
         | test_body EXPECT IDENT AT_LEAST expr { $$ = $1; ast_test_expect($1, ast_name($3), EXPECT_AT_LEAST, $5); yyerrok; }
         | test_body error        { $$ = $1; }
         ;
given_body: GIVEN '{'             { $$ = p->cur_test; }
          | given_body path '=' expr { $$ = $1; ast_test_given($1, $2, $4); yyerrok; }
          | given_body ','        { $$ = $1; }
          | given_body error      { $$ = $1; }
          ;
test_decl: test_body '}'          { $$ = $1; ast_set_loc($1, LOC(@$)); }
         ;

/* ---- expressions (precedence above) ---- */
expr: IF expr THEN expr ELSE expr %prec LOWEST   { $$ = ast_if($2, $4, $6, LOC(@$)); }
    | ANY IDENT IN expr ':' expr %prec LOWEST    { $$ = ast_quant(false, $2, $4, $6, LOC(@$)); }
    | ALL IDENT IN expr ':' expr %prec LOWEST    { $$ = ast_quant(true, $2, $4, $6, LOC(@$)); }
    | expr OR expr          { $$ = ast_binary(OP_OR, $1, $3, LOC(@2), LOC(@$)); }
    | expr AND expr         { $$ = ast_binary(OP_AND, $1, $3, LOC(@2), LOC(@$)); }
    | NOT expr              { $$ = ast_unary(OP_NOT, $2, LOC(@$)); }
    | expr '=' expr         { $$ = ast_binary(OP_EQ, $1, $3, LOC(@2), LOC(@$)); }
    | expr NE expr          { $$ = ast_binary(OP_NE, $1, $3, LOC(@2), LOC(@$)); }
    | expr '<' expr         { $$ = ast_binary(OP_LT, $1, $3, LOC(@2), LOC(@$)); }
    | expr LE expr          { $$ = ast_binary(OP_LE, $1, $3, LOC(@2), LOC(@$)); }
    | expr '>' expr         { $$ = ast_binary(OP_GT, $1, $3, LOC(@2), LOC(@$)); }
    | expr GE expr          { $$ = ast_binary(OP_GE, $1, $3, LOC(@2), LOC(@$)); }
    | expr IN expr          { $$ = ast_binary(OP_IN, $1, $3, LOC(@2), LOC(@$)); }
    | expr CONTAINS expr    { $$ = ast_binary(OP_CONTAINS, $1, $3, LOC(@2), LOC(@$)); }
    | expr INTERSECTS expr  { $$ = ast_binary(OP_INTERSECTS, $1, $3, LOC(@2), LOC(@$)); }
    | expr '+' expr         { $$ = ast_binary(OP_ADD, $1, $3, LOC(@2), LOC(@$)); }
    | expr '-' expr         { $$ = ast_binary(OP_SUB, $1, $3, LOC(@2), LOC(@$)); }
    | expr '*' expr         { $$ = ast_binary(OP_MUL, $1, $3, LOC(@2), LOC(@$)); }
    | expr '/' expr         { $$ = ast_binary(OP_DIV, $1, $3, LOC(@2), LOC(@$)); }
    | '-' expr %prec UMINUS { $$ = ast_unary(OP_NEG, $2, LOC(@$)); }
    | postfix
    ;

postfix: primary
       | postfix '.' IDENT        { $$ = ast_access($1, $3, LOC(@$)); }
       | postfix '(' args ')'     { $$ = ast_call_finish($3, $1, LOC(@$)); }
       | date_fn '(' args ')'     { $$ = ast_call_finish($3, ast_name($1), LOC(@$)); }
       ;
/* `year(d)`, `month(d)`, `day(d)`: a unit keyword directly followed by `(` calls the built-in
 * of that name (in any keyword set, the built-ins keep their English names). */
date_fn: YEAR                     { $$ = $1; $$.text = "year"; }
       | MONTH                    { $$ = $1; $$.text = "month"; }
       | DAY                      { $$ = $1; $$.text = "day"; }
       ;

args: %empty                      { $$ = ast_call_args(); }
    | arg_list
    | arg_list ','
    ;
arg_list: expr                    { $$ = ast_call_args(); ast_call_arg($$, NULL, $1); }
        | IDENT '=' expr          { $$ = ast_call_args(); ast_call_arg($$, &$1, $3); }
        | arg_list ',' expr       { $$ = $1; ast_call_arg($1, NULL, $3); }
        | arg_list ',' IDENT '=' expr { $$ = $1; ast_call_arg($1, &$3, $5); }
        ;

primary: IDENT %prec NAME         { $$ = ast_name($1); }
       | INT                      { $$ = ast_int($1, LOC(@$)); }
       | INT unit                 { $$ = duration(p, $1, $2, @$); }
       | DEC                      { $$ = ast_dec($1, LOC(@$)); }
       /* `7 %` is the decimal 0.07, exact */
       | INT '%'                  { $$ = ast_percent(zan_sprintf("%lld", (long long)$1), LOC(@$)); }
       | DEC '%'                  { $$ = ast_percent($1, LOC(@$)); }
       | STRING                   { $$ = ast_text($1, LOC(@$)); }
       | DATE                     { $$ = ast_date($1, LOC(@$)); }
       | TRUE                     { $$ = ast_bool(true, LOC(@$)); }
       | FALSE                    { $$ = ast_bool(false, LOC(@$)); }
       | UNKNOWN                  { $$ = ast_unknown(LOC(@$)); }
       | '(' expr ')'             { $$ = ast_paren($2, LOC(@$)); }
       | set_items '}'            { $$ = $1; ast_set_loc($1, LOC(@$)); }
       | set_items ',' '}'        { $$ = $1; ast_set_loc($1, LOC(@$)); }
       | list_items ']'           { $$ = $1; ast_set_loc($1, LOC(@$)); }
       | list_items ',' ']'       { $$ = $1; ast_set_loc($1, LOC(@$)); }
       | '{' '}'                  { $$ = ast_items(N_SET_LIT, LOC(@$)); }
       | '[' ']'                  { $$ = ast_items(N_LIST_LIT, LOC(@$)); }
       | match_body '}'           { $$ = $1; ast_set_loc($1, LOC(@$)); }
       ;
set_items: '{' expr               { $$ = ast_items(N_SET_LIT, LOC(@$)); ast_items_push($$, $2); }
         | set_items ',' expr     { $$ = $1; ast_items_push($1, $3); }
         ;
list_items: '[' expr              { $$ = ast_items(N_LIST_LIT, LOC(@$)); ast_items_push($$, $2); }
          | list_items ',' expr   { $$ = $1; ast_items_push($1, $3); }
          ;

unit: DAY { $$ = DUR_DAY; } | DAYS { $$ = DUR_DAY; } | WEEK { $$ = DUR_WEEK; } | WEEKS { $$ = DUR_WEEK; }
    | MONTH { $$ = DUR_MONTH; } | MONTHS { $$ = DUR_MONTH; } | YEAR { $$ = DUR_YEAR; } | YEARS { $$ = DUR_YEAR; }
    ;

/* match E { a -> X  b | c -> Y  else -> Z } (commas between arms optional) */
match_body: MATCH expr '{'        { $$ = ast_match($2, LOC(@$)); }
          | match_body arm        { $$ = $1; ast_match_arm($1, $2); }
          | match_body ','        { $$ = $1; }
          ;
arm: arm_patterns ARROW expr      { $$ = $1; ast_arm_body($1, $3, LOC(@$)); }
   | ELSE ARROW expr              { Name none = {0}; $$ = ast_arm(none, LOC(@$)); ast_arm_body($$, $3, LOC(@$)); }
   ;
arm_patterns: IDENT               { $$ = ast_arm($1, LOC(@$)); }
            | arm_patterns '|' IDENT { $$ = $1; ast_arm_pattern($1, $3); }
            ;

%%

/* The token kind of a grammar symbol (0 for none): the reverse of YYTRANSLATE. */
static int sym_token(yysymbol_kind_t s) {
  for (int tok = 258; tok <= YYMAXUTOK; tok++)
    if (YYTRANSLATE(tok) == s) return tok;
  return 0;
}

/* A token's name for messages: the alias without bison's quotes ("'rule'", "identifier").
 * Keywords are shown in the file's keyword set (keywords.def). */
static const char *sym_name(const ZanParser *p, yysymbol_kind_t s) {
  int tok = sym_token(s);
  const char *t = tok ? lex_keyword_text(tok, p ? p->file->keyword_set : 0) : NULL;
  if (t) return zan_sprintf("'%s'", t);
  /* token classes are words, not code: said in the language of the messages */
  Lang lang = p ? p->d->lang : LANG_EN;
  switch (s) {
  case YYSYMBOL_YYEOF:   return msg_format(N_TOKEN_END, lang);
  case YYSYMBOL_YYUNDEF: return msg_format(N_TOKEN_INVALID, lang);
  case YYSYMBOL_IDENT:   return msg_format(N_TOKEN_IDENT, lang);
  case YYSYMBOL_INT:     return msg_format(N_TOKEN_INT, lang);
  case YYSYMBOL_DEC:     return msg_format(N_TOKEN_DEC, lang);
  case YYSYMBOL_STRING:  return msg_format(N_TOKEN_STRING, lang);
  case YYSYMBOL_DATE:    return msg_format(N_TOKEN_DATE, lang);
  default: break;
  }
  const char *n = yysymbol_name(s);
  size_t len = strlen(n);
  if (len >= 2 && n[0] == '"' && n[len - 1] == '"') return zan_strndup(n + 1, len - 2);
  return n;
}

/* Whether symbol s is a keyword (in any set). */
static bool sym_is_keyword(yysymbol_kind_t s) {
  int tok = sym_token(s);
  return tok && lex_keyword_text(tok, 0) != NULL;
}

const char *parse_token_name(int tok) {
  return sym_name(NULL, YYTRANSLATE(tok));
}

static bool expects(const yysymbol_kind_t *exp, int n, yysymbol_kind_t s) {
  for (int i = 0; i < n; i++) if (exp[i] == s) return true;
  return false;
}

/* "X", "X or Y", "X, Y or Z" — or NULL when too many to be useful. When an expression could
 * go on (many operators expected), the token that would close the construct is what the
 * writer most likely forgot: a bracket, `else` of an `if`, `then` of an `if` or a rule. */
static const char *expected_list(const ZanParser *p, const yysymbol_kind_t *exp, int n) {
  if (expects(exp, n, YYSYMBOL_IDENT) && expects(exp, n, YYSYMBOL_INT) && expects(exp, n, YYTRANSLATE('(')))
    return msg_format(N_WORD_EXPRESSION, p->d->lang);
  if (n == 0) return NULL;
  if (n > 5) {
    static const int closers[] = { ')', ']', '}' };
    for (int i = 0; i < 3; i++)
      if (expects(exp, n, YYTRANSLATE(closers[i]))) return sym_name(p, YYTRANSLATE(closers[i]));
    if (expects(exp, n, YYSYMBOL_ELSE)) return sym_name(p, YYSYMBOL_ELSE);
    if (expects(exp, n, YYSYMBOL_THEN) && !(p->cur_rule && p->cur_rule->as.rule.value))
      return sym_name(p, YYSYMBOL_THEN);
    return NULL;
  }
  Buf b;
  buf_init(&b);
  for (int i = 0; i < n - 1; i++) {
    if (i) buf_puts(&b, ", ");
    buf_puts(&b, sym_name(p, exp[i]));
  }
  const char *last = sym_name(p, exp[n - 1]);
  return n == 1 ? last : zan_sprintf(msg_format(N_WORD_OR, p->d->lang), buf_cstr(&b), last);
}

/* The found token as shown: identifiers with their text, keywords as aliases. */
static const char *found_text(const ZanParser *p, yysymbol_kind_t s, ZanLoc at) {
  const char *name = sym_name(p, s);
  if (s == YYSYMBOL_IDENT || s == YYSYMBOL_INT || s == YYSYMBOL_DEC || s == YYSYMBOL_DATE) {
    const char *txt = zan_strndup(p->src->text + at.start, at.end - at.start);
    return zan_sprintf("%s '%s'", name, txt);
  }
  return name;
}

/* Words that read as a unit of time but are none of zan's (`3 hours`, `2 часа`): after a
 * count they get "unknown unit" instead of the generic "expected …". */
static bool time_unit_word(const char *w, size_t n) {
  static const char *const words[] = {
    "hour", "hours", "hr", "hrs", "h", "minute", "minutes", "min", "mins", "second", "seconds",
    "sec", "secs", "s", "ms", "millisecond", "milliseconds", "fortnight", "fortnights",
    "quarter", "quarters", "decade", "decades", "century", "centuries", "d", "w", "m", "y",
    "wk", "wks", "mo", "mos", "yr", "yrs", "dys",
    "час", "часа", "часов", "минута", "минуты", "минут", "секунда", "секунды", "секунд",
    "сутки", "суток", "квартал", "квартала", "кварталов", "мин", "сек",
    "сағат", "секунд", "тоқсан", "ғасыр",
    NULL };
  for (int i = 0; words[i]; i++)
    if (strlen(words[i]) == n && strncasecmp(words[i], w, n) == 0) return true;
  return false;
}

/* Two mistakes common enough to get their own message instead of "expected X, found Y":
 * `a == b` (zan's equality is `=`) and a count with a unit zan does not have (`3 hours`).
 * Returns true when one was reported. */
static bool report_common_mistake(ZanParser *p, yysymbol_kind_t found, ZanLoc at) {
  const Lexer *lx = &p->lx;
  if (found == YYTRANSLATE('=') && lx->prev_kind == '=' && lx->prev_end == at.start) {
    Loc both = { p->src, lx->prev_start, at.end };
    diag_report(p->d, DIAG_ERROR, both, E_PARSE_DOUBLE_EQ);
    return true;
  }
  if (found == YYSYMBOL_IDENT && lx->prev_kind == T_INT
      && time_unit_word(p->src->text + at.start, at.end - at.start)) {
    diag_report(p->d, DIAG_ERROR, LOC(at), E_PARSE_UNKNOWN_UNIT,
                zan_strndup(p->src->text + at.start, at.end - at.start),
                kw_local(p, "day"), kw_local(p, "week"), kw_local(p, "month"), kw_local(p, "year"));
    return true;
  }
  return false;
}

/* parse.error custom: "expected X, found Y" from our catalogue, plus a hint where common. */
static int yyreport_syntax_error(const yypcontext_t *ctx, ZanParser *p) {
  enum { MAXEXP = 64 };
  yysymbol_kind_t exp[MAXEXP];
  int n = yypcontext_expected_tokens(ctx, exp, MAXEXP);
  if (n < 0) n = 0;
  yysymbol_kind_t found = yypcontext_token(ctx);
  ZanLoc at = *yypcontext_location(ctx);
  if (report_common_mistake(p, found, at)) return 0;
  const char *fnd = found_text(p, found, at);
  const char *want = expected_list(p, exp, n);
  Diag *g = want ? diag_report(p->d, DIAG_ERROR, LOC(at), E_PARSE_EXPECTED, want, fnd)
                 : diag_report(p->d, DIAG_ERROR, LOC(at), E_PARSE_UNEXPECTED, fnd);
  bool found_kw = sym_is_keyword(found);
  /* `правило` in an English file (or `rule` in a Russian one): a keyword of another set
   * reads as an identifier here — the found token, or the identifier just before it */
  int other = -1;
  Loc other_at = LOC(at);
  if (found == YYSYMBOL_IDENT)
    other = lex_keyword_other_set(p->src->text + at.start, at.end - at.start, p->file->keyword_set);
  if (other < 0 && p->lx.prev_kind == T_IDENT) {
    other_at = (Loc){ p->src, p->lx.prev_start, p->lx.prev_end };
    other = lex_keyword_other_set(p->src->text + other_at.start, other_at.end - other_at.start,
                                  p->file->keyword_set);
  }
  if (other >= 0)
    diag_add_note(p->d, g, other_at, N_PARSE_HINT_KEYWORD_SET,
                  zan_strndup(p->src->text + other_at.start, other_at.end - other_at.start),
                  lex_keyword_set_name(other), lex_keyword_set_name(p->file->keyword_set),
                  lex_keyword_set_name(other));
  else if (found == YYSYMBOL_IDENT && expects(exp, n, YYSYMBOL_THEN) && p->cur_rule
      && !p->cur_rule->as.rule.value)
    diag_add_note(p->d, g, LOC(at), N_PARSE_HINT_THEN, kw_local(p, "then"));
  else if (found_kw && expects(exp, n, YYSYMBOL_IDENT) && !expects(exp, n, YYSYMBOL_INT))
    diag_add_note(p->d, g, LOC(at), N_PARSE_HINT_KEYWORD,
                  zan_strndup(p->src->text + at.start, at.end - at.start));
  return 0;
}

/* Only bison's own failures come here (the parser stack exhausted by deep nesting). */
static void zan_error(ZanLoc *loc, ZanParser *p, const char *msg) {
  (void)msg;
  diag_report(p->d, DIAG_ERROR, LOC(*loc), E_PARSE_TOO_DEEP);
}

File *parse_file(const Source *src, Diags *d) {
  ZanParser *p = ZAN_NEW(ZanParser);
  p->file = ast_file_new(src);
  p->d = d;
  p->src = src;
  lex_init(&p->lx, src, d, p->file);
  zan_parse(p);
  parse_limit_depth(p->file, d);   /* deeper nesting than the later passes can take: an error */
  return p->file;
}
