/* lsp.c — `zan lsp`: the language server over stdin/stdout (LSP 3.17). The session (initialize,
 * shutdown, exit), the dispatch of methods to their feature files, and the answers to bad input:
 * a malformed message, an unknown method or a huge document gets an LSP error, never a crash. */
#include <string.h>
#include <stdlib.h>
#include "lsp.h"
#include "../../lang/base/alloc.h"

static const char *msg(Lsp *s, MsgId id, ...) {
  va_list ap;
  va_start(ap, id);
  char *t = zan_vsprintf(msg_format(id, s->lang), ap);
  va_end(ap);
  return t;
}

static Lang lang_of_tag(const char *tag, Lang dflt) {
  if (!tag) return dflt;
  if (!strncmp(tag, "kk", 2)) return strstr(tag, "Latn") || strstr(tag, "latin") ? LANG_KK_LATN : LANG_KK;
  if (!strncmp(tag, "ru", 2)) return LANG_RU;
  if (!strncmp(tag, "en", 2)) return LANG_EN;
  return dflt;
}

static char *initialize(Lsp *s, const FNode *params) {
  s->lang = lang_of_tag(lj_str(params, "locale"), s->env->lang);
  s->lang = lang_of_tag(lj_str(params, "initializationOptions.lang"), s->lang);
  const FNode *enc = lj_path(params, "capabilities.general.positionEncodings");
  s->utf8 = false;
  for (uint32_t i = 0; enc && enc->kind == FN_ARR && i < enc->n; i++)
    if (enc->items[i]->kind == FN_STR && enc->items[i]->len == 5 && !memcmp(enc->items[i]->s, "utf-8", 5)) s->utf8 = true;
  s->initialized = true;
  Buf b; buf_init(&b);
  buf_printf(&b, "{\"capabilities\":{\"positionEncoding\":\"%s\","
             "\"textDocumentSync\":{\"openClose\":true,\"change\":2,\"save\":false},"
             "\"hoverProvider\":true,\"definitionProvider\":true,\"referencesProvider\":true,"
             "\"completionProvider\":{\"triggerCharacters\":[\".\",\"\\\"\"]},"
             "\"documentSymbolProvider\":true,\"workspaceSymbolProvider\":true,"
             "\"documentFormattingProvider\":true,\"renameProvider\":{\"prepareProvider\":true},"
             "\"codeActionProvider\":{\"codeActionKinds\":[\"quickfix\"]},"
             "\"semanticTokensProvider\":{\"full\":true,\"legend\":{\"tokenModifiers\":[\"declaration\"],\"tokenTypes\":[",
             s->utf8 ? "utf-8" : "utf-16");
  for (int i = 0; lsp_token_types[i]; i++) buf_printf(&b, "%s\"%s\"", i ? "," : "", lsp_token_types[i]);
  buf_printf(&b, "]}}},\"serverInfo\":{\"name\":\"zan\",\"version\":\"%s\"}}", ZAN_VERSION);
  return buf_cstr(&b);
}

/* didOpen / didChange / didClose: the documents, then the diagnostics of their folder. */
static bool sync(Lsp *s, const char *method, const FNode *params) {
  const char *uri = lj_str(params, "textDocument.uri");
  if (!uri) return false;
  LspDoc *d = NULL;
  if (!strcmp(method, "textDocument/didOpen")) {
    const FNode *text = lj_path(params, "textDocument.text");
    long version = 0;
    lj_long(params, "textDocument.version", &version);
    if (!text || text->kind != FN_STR) return false;
    d = lsp_doc_open(s, uri, text->s, text->len, version);
    if (!d) return false;
  } else if (!strcmp(method, "textDocument/didChange")) {
    d = lsp_doc(s, uri);
    const FNode *changes = lj_get(params, "contentChanges");
    if (!d || !changes || changes->kind != FN_ARR) return false;
    for (uint32_t i = 0; i < changes->n; i++) if (!lsp_doc_change(s, d, changes->items[i])) return false;
    lj_long(params, "textDocument.version", &d->version);
  } else {                                   /* didClose: its diagnostics are those of the disk file */
    d = lsp_doc(s, uri);
    if (!d) return false;
    const char *dir = d->dir;
    lsp_doc_close(s, uri);
    lsp_publish_diagnostics(s, lsp_policy(s, dir), NULL);
    return true;
  }
  lsp_publish_diagnostics(s, lsp_policy(s, d->dir), d);
  return true;
}

typedef char *(*Handler)(Lsp *, const FNode *, const FNode *);
static const struct { const char *method; Handler run; } handlers[] = {
  { "textDocument/hover", lsp_hover },
  { "textDocument/definition", lsp_definition },
  { "textDocument/references", lsp_references },
  { "textDocument/completion", lsp_completion },
  { "textDocument/documentSymbol", lsp_document_symbols },
  { "workspace/symbol", lsp_workspace_symbols },
  { "textDocument/formatting", lsp_formatting },
  { "textDocument/rename", lsp_rename },
  { "textDocument/prepareRename", lsp_prepare_rename },
  { "textDocument/semanticTokens/full", lsp_semantic_tokens },
  { "textDocument/codeAction", lsp_code_action },
};

/* One message; returns false after `exit`. */
static bool handle(Lsp *s, const FNode *m, int *rc) {
  const FNode *id = lj_get(m, "id");
  const char *method = lj_str(m, "method");
  if (!method) {
    if (m && m->kind == FN_OBJ && (lj_get(m, "result") || lj_get(m, "error"))) return true;  /* a reply to us */
    lsp_send_error(s, id, RPC_INVALID_REQUEST, msg(s, E_LSP_BAD_REQUEST));
    return true;
  }
  const FNode *params = lj_get(m, "params");
  bool request = id != NULL;
  if (!strcmp(method, "exit")) { *rc = s->shutdown ? 0 : 1; return false; }
  if (s->shutdown) { if (request) lsp_send_error(s, id, RPC_INVALID_REQUEST, msg(s, E_LSP_SHUT_DOWN)); return true; }
  if (!strcmp(method, "initialize")) {
    if (request) lsp_send_result(s, id, initialize(s, params));
    return true;
  }
  if (!s->initialized) {
    if (request) lsp_send_error(s, id, LSP_SERVER_NOT_INITIALIZED, msg(s, E_LSP_NOT_INITIALIZED));
    return true;
  }
  if (!strcmp(method, "shutdown")) { s->shutdown = true; if (request) lsp_send_result(s, id, "null"); return true; }
  if (!strncmp(method, "textDocument/did", 16) &&
      (!strcmp(method + 16, "Open") || !strcmp(method + 16, "Change") || !strcmp(method + 16, "Close"))) {
    if (!sync(s, method, params) && request) lsp_send_error(s, id, RPC_INVALID_PARAMS, msg(s, E_LSP_BAD_PARAMS, method));
    if (request) lsp_send_result(s, id, "null");
    return true;
  }
  for (size_t i = 0; i < sizeof handlers / sizeof handlers[0]; i++) {
    if (strcmp(method, handlers[i].method) != 0) continue;
    if (!request) return true;
    if (!params || params->kind != FN_OBJ) { lsp_send_error(s, id, RPC_INVALID_PARAMS, msg(s, E_LSP_BAD_PARAMS, method)); return true; }
    const char *uri = lj_str(params, "textDocument.uri");
    if (uri && !lsp_doc(s, uri)) { lsp_send_error(s, id, RPC_INVALID_PARAMS, msg(s, E_LSP_NOT_OPEN, uri)); return true; }
    char *result = handlers[i].run(s, id, params);
    if (result) lsp_send_result(s, id, result);
    return true;
  }
  /* a file saved or changed on disk: every analysis is redone */
  if (!strcmp(method, "textDocument/didSave") || !strcmp(method, "workspace/didChangeWatchedFiles")) {
    for (int i = 0; i < s->policies.n; i++) ((LspPolicy *)s->policies.items[i])->stale = true;
    for (int i = 0; i < s->policies.n; i++) {   /* and the open folders' diagnostics sent again */
      LspPolicy *p = s->policies.items[i];
      bool open = false;
      for (int k = 0; k < s->docs.n; k++) if (!strcmp(((LspDoc *)s->docs.items[k])->dir, p->dir)) open = true;
      if (open) lsp_publish_diagnostics(s, lsp_policy(s, p->dir), NULL);
    }
    return true;
  }
  /* notifications we do not need ($/cancelRequest, initialized…) are ignored */
  if (request) lsp_send_error(s, id, RPC_METHOD_NOT_FOUND, msg(s, E_LSP_UNKNOWN_METHOD, method));
  return true;
}

static int run_lsp(const CliArgs *a, const CliEnv *env) {
  Lsp s;
  memset(&s, 0, sizeof s);
  s.env = env; s.lang = env->lang; s.in = stdin; s.out = stdout;
  int rc = 1;                                 /* input ended without shutdown + exit */
  for (;;) {
    size_t len = 0;
    int err = 0;
    char *body = lsp_read_message(s.in, &len, &err);
    if (!body) break;
    if (err == RPC_INVALID_REQUEST) { lsp_send_error(&s, NULL, err, msg(&s, E_LSP_MSG_TOO_LARGE, LSP_MAX_MESSAGE >> 20)); continue; }
    if (err) { lsp_send_error(&s, NULL, err, msg(&s, E_LSP_NO_LENGTH)); continue; }
    Diags d;
    diags_init(&d, s.lang);
    const FNode *m = facts_json_tree(source_from_string("<message>", body, len), &d);
    if (!m) { lsp_send_error(&s, NULL, RPC_PARSE_ERROR, msg(&s, E_LSP_BAD_JSON, d.first ? d.first->text : "?")); continue; }
    if (!handle(&s, m, &rc)) return rc;
  }
  return s.shutdown ? 0 : 1;
}

static const CliOpt lsp_opts[] = {
  { "stdio", 0, NULL, "talk over stdin/stdout (the default and only transport; accepted for editors that pass it)" },
  CLI_OPT_LANG_MESSAGES,
  { NULL, 0, NULL, NULL }
};

const CliVerb cli_verb_lsp = {
  "lsp", "[--stdio]",
  "language server for editors",
  "Speaks the Language Server Protocol on stdin/stdout: diagnostics of the whole policy folder\n"
  "on open and change, hover, definition, references, completion, symbols, formatting, rename,\n"
  "semantic tokens, quick fixes. Messages follow the client's locale (initializationOptions.lang\n"
  "overrides). Set-up for VS Code, Vim/Neovim, Emacs and Helix: docs/editors.md.\n"
  "exit: 0 after shutdown and exit, 1 when the input ends or exit comes without shutdown.\n",
  lsp_opts, 0, 0, run_lsp
};
