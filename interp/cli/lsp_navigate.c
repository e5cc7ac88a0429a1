/* lsp_navigate.c — go to definition, find references and rename, over the policy's names
 * (lang/query.h): facts (each path segment), outputs, rules and exceptions, enums and members,
 * types, functions, constants, parameters, articles (from a `cites` string), modules. */
#include <string.h>
#include "lsp.h"
#include "../../lang/base/alloc.h"

char *lsp_definition(Lsp *s, const FNode *id, const FNode *params) {
  LspAt at;
  if (!lsp_at(s, params, &at) || !at.has_off) return "null";
  const QRef *r = query_at(at.pol->q, at.src, at.off);
  if (!r || !r->sym->loc.src) return "null";
  Buf b; buf_init(&b);
  lsp_location(s, r->sym->loc, &b);
  return buf_cstr(&b);
}

char *lsp_references(Lsp *s, const FNode *id, const FNode *params) {
  LspAt at;
  if (!lsp_at(s, params, &at) || !at.has_off) return "null";
  const QRef *r = query_at(at.pol->q, at.src, at.off);
  if (!r) return "[]";
  bool with_decl = lj_bool(params, "context.includeDeclaration");
  Vec refs = { 0 };
  query_refs(at.pol->q, r->sym, &refs);
  Buf b; buf_init(&b);
  buf_puts(&b, "[");
  int k = 0;
  for (int i = 0; i < refs.n; i++) {
    const QRef *x = refs.items[i];
    if (x->is_decl && !with_decl) continue;
    if (k++) buf_puts(&b, ",");
    lsp_location(s, x->loc, &b);
  }
  buf_puts(&b, "]");
  return buf_cstr(&b);
}

/* The place to rename at the request's position, or NULL after sending the reason. */
static const QRef *renamable(Lsp *s, const FNode *id, LspAt *at) {
  const QRef *r = at->has_off ? query_at(at->pol->q, at->src, at->off) : NULL;
  if (!r) { lsp_send_error(s, id, LSP_REQUEST_FAILED, msg_format(E_LSP_RENAME_NOTHING, s->lang)); return NULL; }
  const QSym *q = r->sym;
  if (q->kind != QK_FACT && q->kind != QK_OUTPUT && q->kind != QK_RULE && q->kind != QK_FN) {
    lsp_send_error(s, id, LSP_REQUEST_FAILED, zan_sprintf(msg_format(E_LSP_RENAME_KIND, s->lang), q->name));
    return NULL;
  }
  /* a fact's name is its key in fact files unless `at "key"` says otherwise */
  if (q->kind == QK_FACT && !q->decl->as.fact.key) {
    const char *leaf = strrchr(q->name, '.');
    leaf = leaf ? leaf + 1 : q->name;
    lsp_send_error(s, id, LSP_REQUEST_FAILED, zan_sprintf(msg_format(E_LSP_RENAME_FACT_KEY, s->lang), q->name, leaf));
    return NULL;
  }
  return r;
}

char *lsp_prepare_rename(Lsp *s, const FNode *id, const FNode *params) {
  LspAt at;
  if (!lsp_at(s, params, &at)) return "null";
  const QRef *r = renamable(s, id, &at);
  if (!r) return NULL;
  Buf b; buf_init(&b);
  lsp_range(s, r->loc, &b);
  return buf_cstr(&b);
}

/* A valid identifier: a letter or '_' then letters, digits, '_'; not a keyword of any set. */
static bool is_name(const char *t) {
  size_t n = strlen(t);
  if (!n || (*t >= '0' && *t <= '9')) return false;
  for (const unsigned char *c = (const unsigned char *)t; *c; c++)
    if (!(*c >= 0x80 || (*c >= '0' && *c <= '9') || (*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || *c == '_')) return false;
  for (int set = 0; set < 3; set++) if (query_keyword(t, n, set)) return false;
  return true;
}

char *lsp_rename(Lsp *s, const FNode *id, const FNode *params) {
  LspAt at;
  const char *name = lj_str(params, "newName");
  if (!name) { lsp_send_error(s, id, RPC_INVALID_PARAMS, zan_sprintf(msg_format(E_LSP_BAD_PARAMS, s->lang), "textDocument/rename")); return NULL; }
  if (!lsp_at(s, params, &at)) return "null";
  const QRef *r = renamable(s, id, &at);
  if (!r) return NULL;
  if (!is_name(name)) { lsp_send_error(s, id, LSP_REQUEST_FAILED, zan_sprintf(msg_format(E_LSP_RENAME_BAD_NAME, s->lang), name)); return NULL; }
  Vec refs = { 0 };
  query_refs(at.pol->q, r->sym, &refs);
  /* edits grouped by file: {"changes":{uri:[{range,newText}…]}} */
  Buf b; buf_init(&b);
  buf_puts(&b, "{\"changes\":{");
  int files = 0;
  for (int i = 0; i < refs.n; i++) {
    const QRef *x = refs.items[i];
    bool seen = false;
    for (int k = 0; k < i; k++) if (((QRef *)refs.items[k])->loc.src == x->loc.src) seen = true;
    if (seen) continue;
    if (files++) buf_puts(&b, ",");
    lj_string(&b, lsp_path_to_uri(x->loc.src->path));
    buf_puts(&b, ":[");
    int n = 0;
    for (int k = i; k < refs.n; k++) {
      const QRef *y = refs.items[k];
      if (y->loc.src != x->loc.src) continue;
      buf_puts(&b, n++ ? ",{\"range\":" : "{\"range\":");
      lsp_range(s, y->loc, &b);
      buf_puts(&b, ",\"newText\":");
      lj_string(&b, name);
      buf_puts(&b, "}");
    }
    buf_puts(&b, "]");
  }
  buf_puts(&b, "}}");
  return buf_cstr(&b);
}
