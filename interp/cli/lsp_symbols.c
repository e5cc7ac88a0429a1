/* lsp_symbols.c — textDocument/documentSymbol (the declarations of one file) and
 * workspace/symbol (those of every policy open in the editor, filtered by the query). */
#include <string.h>
#include "lsp.h"
#include "../../lang/base/alloc.h"

/* LSP SymbolKind */
static int kind_of(const QSym *q) {
  switch (q->kind) {
  case QK_FACT: return q->decl->as.fact.children.n ? 2 /* Module */ : 8 /* Field */;
  case QK_OUTPUT: return 13;   /* Variable */
  case QK_RULE: return 24;     /* Event */
  case QK_ENUM: return 10;     /* Enum */
  case QK_MEMBER: return 22;   /* EnumMember */
  case QK_TYPE: return 23;     /* Struct */
  case QK_FN: return 12;       /* Function */
  case QK_CONST: return 14;    /* Constant */
  case QK_PARAM: return 14;
  case QK_ARTICLE: return 15;  /* String */
  case QK_MODULE: return 2;
  default: return 13;
  }
}

static void info(Lsp *s, Buf *b, int *n, const QSym *q) {
  buf_puts(b, (*n)++ ? ",{\"name\":" : "{\"name\":");
  lj_string(b, q->kind == QK_ARTICLE ? zan_sprintf("\"%s\"", q->name) : q->name);
  buf_printf(b, ",\"kind\":%d,\"location\":", kind_of(q));
  lsp_location(s, q->loc, b);
  if (q->kind == QK_MEMBER) { buf_puts(b, ",\"containerName\":"); lj_string(b, q->decl->as.enm.name.text); }
  buf_puts(b, "}");
}

static bool listed(const QSym *q) { return q->kind != QK_LOCAL && q->kind != QK_MODULE && q->loc.src; }

char *lsp_document_symbols(Lsp *s, const FNode *id, const FNode *params) {
  LspAt at;
  if (!lsp_at(s, params, &at)) return "[]";
  Buf b; buf_init(&b);
  buf_puts(&b, "[");
  int n = 0;
  for (int i = 0; i < at.pol->q->syms.n; i++) {
    const QSym *q = at.pol->q->syms.items[i];
    if (listed(q) && q->loc.src == at.src) info(s, &b, &n, q);
  }
  buf_puts(&b, "]");
  return buf_cstr(&b);
}

/* Case-insensitive (ASCII) subsequence match, as editors filter symbols. */
static bool fuzzy(const char *name, const char *query) {
  for (; *query; query++) {
    char c = *query >= 'A' && *query <= 'Z' ? *query + 32 : *query;
    while (*name && (*name >= 'A' && *name <= 'Z' ? *name + 32 : *name) != c) name++;
    if (!*name) return false;
    name++;
  }
  return true;
}

char *lsp_workspace_symbols(Lsp *s, const FNode *id, const FNode *params) {
  const char *query = lj_str(params, "query");
  Buf b; buf_init(&b);
  buf_puts(&b, "[");
  int n = 0;
  Vec dirs = { 0 };
  for (int i = 0; i < s->docs.n; i++) {
    const char *dir = ((LspDoc *)s->docs.items[i])->dir;
    bool seen = false;
    for (int k = 0; k < dirs.n; k++) if (!strcmp(dirs.items[k], dir)) seen = true;
    if (seen) continue;
    vec_push(&dirs, (void *)dir);
    LspPolicy *p = lsp_policy(s, dir);
    for (int k = 0; k < p->q->syms.n && n < 5000; k++) {
      const QSym *q = p->q->syms.items[k];
      if (listed(q) && (!query || fuzzy(q->name, query))) info(s, &b, &n, q);
    }
  }
  buf_puts(&b, "]");
  return buf_cstr(&b);
}
