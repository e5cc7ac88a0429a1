/* lsp_edit.c — edits the server proposes: textDocument/formatting (`zan fmt` of the editor's
 * text, one edit for the whole document) and textDocument/codeAction (quick fixes for the
 * "did you mean 'x'?" errors: replace the unknown name with the suggestion). */
#include <string.h>
#include "lsp.h"
#include "../../lang/author/fmt.h"
#include "../../lang/base/alloc.h"

char *lsp_formatting(Lsp *s, const FNode *id, const FNode *params) {
  LspDoc *doc = lsp_doc(s, lj_str(params, "textDocument.uri"));
  if (!doc) return "null";
  const Source *src = source_from_string(doc->path, doc->text.len ? doc->text.data : "", doc->text.len);
  Diags d;
  diags_init(&d, s->lang);
  size_t len = 0;
  char *text = fmt_source(src, &d, &len);
  if (!text) { lsp_send_error(s, id, LSP_REQUEST_FAILED, msg_format(E_LSP_FMT_ERRORS, s->lang)); return NULL; }
  if (len == src->len && memcmp(text, src->text, len) == 0) return "[]";
  Buf b; buf_init(&b);
  buf_puts(&b, "[{\"range\":");
  lsp_range(s, (Loc){ src, 0, (uint32_t)src->len }, &b);
  buf_puts(&b, ",\"newText\":");
  buf_json_string(&b, text, len);
  buf_puts(&b, "}]");
  return buf_cstr(&b);
}

/* The suggestion of a "did you mean" message: its last '…'. */
static const char *suggestion(const Diag *g) {
  switch (g->id) {
  case E_UNKNOWN_NAME_HINT: case E_UNKNOWN_TYPE_HINT: case E_UNKNOWN_FACT_HINT: case E_UNKNOWN_FN_HINT:
  case E_UNKNOWN_OUTPUT_HINT: case E_UNKNOWN_RULE_HINT: case E_NO_SUCH_FACT_HINT: case E_NOT_MEMBER_HINT: break;
  default: return NULL;
  }
  const char *e = strrchr(g->text, '\'');
  if (!e) return NULL;
  const char *a = e;
  while (a > g->text && a[-1] != '\'') a--;
  return a > g->text ? zan_strndup(a, (size_t)(e - a)) : NULL;
}

char *lsp_code_action(Lsp *s, const FNode *id, const FNode *params) {
  LspAt at;
  if (!lsp_at(s, params, &at)) return "[]";
  uint32_t a = 0, e = (uint32_t)at.src->len;
  const FNode *range = lj_get(params, "range");
  if (range) {
    lsp_offset(s, at.src->text, at.src->len, lj_get(range, "start"), &a);
    lsp_offset(s, at.src->text, at.src->len, lj_get(range, "end"), &e);
  }
  Buf b; buf_init(&b);
  buf_puts(&b, "[");
  int n = 0;
  for (const Diag *g = at.pol->diags.first; g; g = g->next) {
    if (g->dropped || g->loc.src != at.src || g->loc.end < a || g->loc.start > e) continue;
    const char *fix = suggestion(g);
    if (!fix) continue;
    /* the message's location may cover a whole path: replace its last segment */
    Loc where = g->loc;
    const char *t = at.src->text;
    if (!strchr(fix, '.')) for (uint32_t k = where.end; k > where.start; k--) if (t[k - 1] == '.') { where.start = k; break; }
    buf_puts(&b, n++ ? ",{\"title\":" : "{\"title\":");
    lj_string(&b, zan_sprintf(msg_format(N_LSP_REPLACE_WITH, s->lang), fix));
    buf_puts(&b, ",\"kind\":\"quickfix\",\"isPreferred\":true,\"diagnostics\":[{\"range\":");
    lsp_range(s, g->loc, &b);
    buf_puts(&b, ",\"message\":");
    lj_string(&b, g->text);
    buf_puts(&b, "}],\"edit\":{\"changes\":{");
    lj_string(&b, lsp_path_to_uri(at.src->path));
    buf_puts(&b, ":[{\"range\":");
    lsp_range(s, where, &b);
    buf_puts(&b, ",\"newText\":");
    lj_string(&b, fix);
    buf_puts(&b, "}]}}}");
  }
  buf_puts(&b, "]");
  return buf_cstr(&b);
}
