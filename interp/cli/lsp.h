/* lsp.h — `zan lsp`, the language server (LSP 3.17 over stdio): what its files share.
 * lsp.c the verb, session and dispatch; lsp_rpc.c framing; lsp_json.c reading and writing JSON;
 * lsp_docs.c open documents, positions, analysis; one file per feature group after that. */
#ifndef ZAN_LSP_H
#define ZAN_LSP_H
#include <stdbool.h>
#include <stdio.h>
#include "cli.h"
#include "../facts.h"
#include "../../lang/query.h"
#include "../../lang/base/buf.h"

/* A message bigger than this (Content-Length) is read past and answered with an error;
 * a document bigger than LSP_MAX_DOCUMENT is not checked (one diagnostic says why). */
#define LSP_MAX_MESSAGE  (64u << 20)
#define LSP_MAX_DOCUMENT (16u << 20)

/* JSON-RPC and LSP error codes. */
enum { RPC_PARSE_ERROR = -32700, RPC_INVALID_REQUEST = -32600, RPC_METHOD_NOT_FOUND = -32601,
       RPC_INVALID_PARAMS = -32602, RPC_INTERNAL_ERROR = -32603, LSP_SERVER_NOT_INITIALIZED = -32002,
       LSP_REQUEST_FAILED = -32803 };

/* An open document: the editor's text, which wins over the file on disk. */
typedef struct LspDoc {
  const char *uri;
  const char *path;        /* the file's absolute path */
  const char *dir;         /* its folder: the policy it belongs to */
  Buf         text;
  long        version;
} LspDoc;

/* One analysis of a folder: parsed files, diagnostics, names (re-done after a change). */
typedef struct LspPolicy {
  const char *dir;
  File      **files;
  int         nfiles;
  Program    *prog;        /* NULL after errors */
  Diags       diags;
  QueryIndex *q;
  bool        stale;       /* a document of this folder changed since */
  Vec         published;   /* paths (char*) that were sent diagnostics last time */
} LspPolicy;

typedef struct Lsp {
  const CliEnv *env;
  Lang        lang;        /* of messages and hovers: client locale, initializationOptions.lang */
  bool        utf8;        /* positions in UTF-8 bytes (negotiated), else UTF-16 code units */
  bool        initialized, shutdown;
  Vec         docs;        /* LspDoc* */
  Vec         policies;    /* LspPolicy* */
  FILE       *in, *out;
} Lsp;

/* lsp_rpc.c: framing. Reads one message body; NULL at the end of input. *err: 0, or an RPC
 * error code for a message that could not be taken (too large, no Content-Length). */
char *lsp_read_message(FILE *in, size_t *len, int *err);
void  lsp_send(Lsp *s, const Buf *body);
void  lsp_send_result(Lsp *s, const FNode *id, const char *result_json);
void  lsp_send_error(Lsp *s, const FNode *id, int code, const char *message);
void  lsp_notify(Lsp *s, const char *method, const char *params_json);

/* lsp_json.c: reading the tree of facts_json_tree, writing JSON. */
const FNode *lj_get(const FNode *obj, const char *key);
const FNode *lj_path(const FNode *obj, const char *dotted);       /* "textDocument.uri" */
const char  *lj_str(const FNode *obj, const char *dotted);        /* NULL unless a string */
bool         lj_long(const FNode *obj, const char *dotted, long *out);
bool         lj_bool(const FNode *obj, const char *dotted);
void         lj_string(Buf *b, const char *s);                    /* a JSON string literal */
char        *lj_quote(const char *s);                             /* the same, allocated */

/* lsp_docs.c: documents, URIs, positions, analysis. */
LspDoc     *lsp_doc(Lsp *s, const char *uri);
LspDoc     *lsp_doc_open(Lsp *s, const char *uri, const char *text, size_t len, long version);
void        lsp_doc_close(Lsp *s, const char *uri);
/* Applies one contentChanges item (with or without a range). false when malformed. */
bool        lsp_doc_change(Lsp *s, LspDoc *d, const FNode *change);
const char *lsp_uri_to_path(const char *uri);                     /* NULL: not a file: URI */
const char *lsp_path_to_uri(const char *path);
/* offset <-> LSP position in a text */
void        lsp_position(const Lsp *s, const char *text, size_t len, uint32_t off, Buf *out);  /* {"line":L,"character":C} */
void        lsp_range(const Lsp *s, Loc loc, Buf *out);
void        lsp_location(const Lsp *s, Loc loc, Buf *out);        /* {"uri":…,"range":…} */
bool        lsp_offset(const Lsp *s, const char *text, size_t len, const FNode *pos, uint32_t *off);
/* The analysis of the folder dir (re-done when stale); never NULL. */
LspPolicy  *lsp_policy(Lsp *s, const char *dir);
void        lsp_mark_stale(Lsp *s, const char *dir);
/* A request's document, its analysis, the analysed file and the offset of params.position. */
typedef struct LspAt { LspDoc *doc; LspPolicy *pol; File *file; const Source *src; uint32_t off; bool has_off; } LspAt;
bool        lsp_at(Lsp *s, const FNode *params, LspAt *at);

/* Feature groups, one file each. Each returns the result JSON, or NULL after sending an error. */
void        lsp_publish_diagnostics(Lsp *s, LspPolicy *p, const LspDoc *trigger);  /* lsp_diagnostics.c */
char       *lsp_hover(Lsp *s, const FNode *id, const FNode *params);               /* lsp_hover.c */
char       *lsp_definition(Lsp *s, const FNode *id, const FNode *params);          /* lsp_navigate.c */
char       *lsp_references(Lsp *s, const FNode *id, const FNode *params);
char       *lsp_rename(Lsp *s, const FNode *id, const FNode *params);
char       *lsp_prepare_rename(Lsp *s, const FNode *id, const FNode *params);
char       *lsp_completion(Lsp *s, const FNode *id, const FNode *params);          /* lsp_complete.c */
char       *lsp_document_symbols(Lsp *s, const FNode *id, const FNode *params);    /* lsp_symbols.c */
char       *lsp_workspace_symbols(Lsp *s, const FNode *id, const FNode *params);
char       *lsp_semantic_tokens(Lsp *s, const FNode *id, const FNode *params);     /* lsp_tokens.c */
extern const char *const lsp_token_types[];
char       *lsp_formatting(Lsp *s, const FNode *id, const FNode *params);          /* lsp_edit.c */
char       *lsp_code_action(Lsp *s, const FNode *id, const FNode *params);
#endif
