/* query.h — the names of a policy as written, for editors (`zan lsp`): every declared thing
 * (fact paths, outputs, rules, enums and members, types, functions, constants, parameters,
 * articles, modules, locals) and every place it is named, read from the parsed files alone
 * (so it works on files with errors). "What is at offset X", "where is N declared and used". */
#ifndef ZAN_QUERY_H
#define ZAN_QUERY_H
#include <stdbool.h>
#include "ast.h"
#include "base/buf.h"

typedef enum {
  QK_FACT,      /* name: the whole path "system.capabilities.emotion_consent" */
  QK_OUTPUT, QK_RULE, QK_ENUM,
  QK_MEMBER,    /* name: the member; decl: its enum */
  QK_TYPE, QK_FN, QK_CONST, QK_PARAM,
  QK_ARTICLE,   /* name: the id "17.3.6" */
  QK_MODULE,    /* name: "facts", "std.dates"; loc: the file's start or its `module` name */
  QK_LOCAL      /* a function parameter or a quantifier variable */
} QueryKind;

typedef struct QSym {
  QueryKind   kind;
  const char *name;
  Loc         loc;         /* the declared name (an article: its id literal, quotes included) */
  Node       *decl;        /* N_FACT, N_OUTPUT, N_RULE (exceptions too), N_ENUM, …; NULL for modules */
  int         file;        /* index into QueryIndex.files */
  int         member;      /* QK_MEMBER: index in decl->as.enm.members */
} QSym;

/* One place a QSym is named: its declaration (is_decl) or a use. For a fact path each segment
 * is its own place (`system` names the group `system`, `capabilities` the group below). */
typedef struct QRef { QSym *sym; Loc loc; bool is_decl; } QRef;

typedef struct QueryIndex {
  File **files;
  int    nfiles;
  Vec    syms;             /* QSym*, in declaration order */
  Vec    refs;             /* QRef*, in source order per file */
} QueryIndex;

/* Indexes the files of one policy (as loaded: modules, then std modules). names: the module
 * name of each file ("facts", "std.dates"), may be NULL (then the file stems). */
QueryIndex *query_build(File **files, int nfiles, const char *const *names);
/* The place named at byte offset off of src (start <= off <= end), or NULL. */
const QRef *query_at(const QueryIndex *q, const Source *src, uint32_t off);
/* Every place s is named (declaration first when it has one), into out (QRef*). */
void        query_refs(const QueryIndex *q, const QSym *s, Vec *out);
/* The declared thing of that kind and name, or NULL (locals are never found this way). */
const QSym *query_find(const QueryIndex *q, QueryKind kind, const char *name);
/* The file index of src in q, or -1. */
int         query_file_of(const QueryIndex *q, const Source *src);
const char *query_kind_name(QueryKind k);   /* "fact", "output", … */

/* ---- the lexical view (query_lex.c), for callers that cannot include lexer.h (its token
 * names clash with types.h): a file's tokens by class, and keyword look-ups ---- */
typedef enum { QT_KEYWORD, QT_STRING, QT_NUMBER, QT_IDENT, QT_COMMENT } QTokenClass;
typedef struct QToken { uint32_t start, end; QTokenClass cls; } QToken;
/* Every token of src and every comment, in source order (the file's own keyword set). */
QToken     *query_tokens(const Source *src, int *n);
/* The English form of the keyword that text is in set (0 en, 1 ru, 2 kk): "cites", "then",
 * or NULL when it is no keyword of that set. */
const char *query_keyword(const char *text, size_t len, int set);
/* A set other than not_set in which text is a keyword (its English form in *english), or -1. */
int         query_keyword_other_set(const char *text, size_t len, int not_set, const char **english);
const char *query_keyword_set_name(int set);      /* "en", "ru", "kk" */
#endif
