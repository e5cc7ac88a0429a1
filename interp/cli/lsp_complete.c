/* lsp_complete.c — textDocument/completion from the text before the cursor (it may not parse
 * yet): the next segment of a fact path after a dot, an enum's members after `Enum.`, article
 * ids inside a `cites` string, an enum's members where one is expected (`tier = `, `x in {`),
 * outputs after `then`, rules after `to`, else the names of the policy and the keywords of
 * the file's keyword set. */
#include <string.h>
#include "lsp.h"
#include "../render.h"
#include "../../lang/base/alloc.h"

/* LSP CompletionItemKind */
enum { CK_FUNCTION = 3, CK_FIELD = 5, CK_VARIABLE = 6, CK_MODULE = 9, CK_PROPERTY = 10, CK_ENUM = 13,
       CK_KEYWORD = 14, CK_REFERENCE = 18, CK_CONSTANT = 21, CK_ENUM_MEMBER = 20, CK_EVENT = 23, CK_CLASS = 7 };

static const char *const kw_forms[][3] = {
#define KW(tok, en, ru, kk) { en, ru, kk },
#include "../../lang/keywords.def"
#undef KW
};

static void item(Buf *b, int *n, const char *label, int kind, const char *detail) {
  buf_puts(b, (*n)++ ? ",{\"label\":" : "{\"label\":");
  lj_string(b, label);
  buf_printf(b, ",\"kind\":%d", kind);
  if (detail) { buf_puts(b, ",\"detail\":"); lj_string(b, detail); }
  buf_puts(b, "}");
}

#define WORDCH(c) ((unsigned char)(c) >= 0x80 || ((c) >= '0' && (c) <= '9') || ((c) >= 'a' && (c) <= 'z') || ((c) >= 'A' && (c) <= 'Z') || (c) == '_')

/* The word that ends at e (going back), as [*a, e). */
static uint32_t word_back(const char *t, uint32_t e) {
  while (e > 0 && WORDCH(t[e - 1])) e--;
  return e;
}

static uint32_t skip_ws_back(const char *t, uint32_t e) {
  while (e > 0 && (t[e - 1] == ' ' || t[e - 1] == '\t' || t[e - 1] == '\n' || t[e - 1] == '\r')) e--;
  return e;
}

/* Whether the text before e (white space skipped) ends with the keyword (English form) in set. */
static bool after_keyword(const char *t, uint32_t e, int set, const char *english) {
  e = skip_ws_back(t, e);
  uint32_t a = word_back(t, e);
  const char *kw = e > a ? query_keyword(t + a, e - a, set) : NULL;
  return kw && !strcmp(kw, english);
}

/* Inside a string literal that follows `cites` (possibly after other ids and commas)? */
static bool in_cites(const char *t, uint32_t off, int set) {
  uint32_t ls = off;
  while (ls > 0 && t[ls - 1] != '\n') ls--;
  int quotes = 0;
  uint32_t open = 0;
  for (uint32_t i = ls; i < off; i++) if (t[i] == '"' && (i == ls || t[i - 1] != '\\')) { quotes++; open = i; }
  if (quotes % 2 == 0) return false;
  uint32_t e = open;
  for (;;) {                           /* back over earlier "ids" and commas */
    e = skip_ws_back(t, e);
    if (e > 0 && t[e - 1] == ',') { e--; continue; }
    if (e > 0 && t[e - 1] == '"') {
      uint32_t k = e - 1;
      while (k > 0 && t[k - 1] != '"') k--;
      if (k == 0) return false;
      e = k - 1;
      continue;
    }
    break;
  }
  return after_keyword(t, e, set, "cites");
}

/* The enum a fact or output is declared with (`tier : Tier`, `set of Practice`), or NULL. */
static const char *enum_of(const QueryIndex *q, const char *name) {
  const QSym *x = query_find(q, QK_FACT, name);
  const Node *t = x ? x->decl->as.fact.type : NULL;
  if (!x && (x = query_find(q, QK_OUTPUT, name))) t = x->decl->as.output.type;
  while (t && (t->kind == N_TYPE_SET || t->kind == N_TYPE_LIST)) t = t->as.telem.elem;
  if (!t || t->kind != N_TYPE_NAME || !t->as.tname.name.text) return NULL;
  return query_find(q, QK_ENUM, t->as.tname.name.text) ? t->as.tname.name.text : NULL;
}

/* Where a member of one enum is expected: after `X =`, `X !=`, `X in {…,`, `X contains`
 * (X a fact path or an output of that enum or a set of it). The enum's name, or NULL. */
static const char *expected_enum(const QueryIndex *q, const char *t, uint32_t start, int set) {
  uint32_t e = skip_ws_back(t, start);
  /* inside a set literal: back to its `{` over members and commas */
  if (e > 0 && (t[e - 1] == '{' || t[e - 1] == ',')) {
    uint32_t k = e;
    while (k > 0 && t[k - 1] != '{' && t[k - 1] != '}' && t[k - 1] != '\n' && t[k - 1] != '(') k--;
    if (k == 0 || t[k - 1] != '{') return NULL;
    e = skip_ws_back(t, k - 1);
    uint32_t a = word_back(t, e);
    const char *kw = e > a ? query_keyword(t + a, e - a, set) : NULL;
    if (!kw || (strcmp(kw, "in") && strcmp(kw, "contains") && strcmp(kw, "intersects"))) return NULL;
    e = skip_ws_back(t, a);
  } else if (e > 0 && t[e - 1] == '=' && (e < 2 || (t[e - 2] != '<' && t[e - 2] != '>'))) {
    e = skip_ws_back(t, e - (e >= 2 && t[e - 2] == '!' ? 2 : 1));
  } else {
    uint32_t a = word_back(t, e);
    const char *kw = e > a ? query_keyword(t + a, e - a, set) : NULL;
    if (!kw || strcmp(kw, "contains")) return NULL;
    e = skip_ws_back(t, a);
  }
  uint32_t a = e;
  while (a > 0 && (WORDCH(t[a - 1]) || t[a - 1] == '.')) a--;
  return e > a ? enum_of(q, zan_strndup(t + a, e - a)) : NULL;
}

char *lsp_completion(Lsp *s, const FNode *id, const FNode *params) {
  LspAt at;
  if (!lsp_at(s, params, &at) || !at.has_off) return "[]";
  const char *t = at.src->text;
  uint32_t off = at.off;
  int set = at.file->keyword_set;
  QueryIndex *q = at.pol->q;
  Buf b; buf_init(&b);
  int n = 0;
  buf_puts(&b, "{\"isIncomplete\":false,\"items\":[");
  uint32_t start = word_back(t, off);   /* the part of a name already typed */
  const char *want_enum = NULL;

  if (in_cites(t, off, set)) {
    for (int i = 0; i < q->syms.n; i++) {
      const QSym *x = q->syms.items[i];
      if (x->kind == QK_ARTICLE) item(&b, &n, x->name, CK_REFERENCE, cite_format(x->name, s->lang));
    }
  } else if (start > 0 && t[start - 1] == '.') {
    /* the path before the dot: a.b. */
    uint32_t e = start - 1, a = e;
    while (a > 0 && (WORDCH(t[a - 1]) || t[a - 1] == '.')) a--;
    const char *prefix = zan_strndup(t + a, e - a);
    size_t pl = strlen(prefix);
    for (int i = 0; i < q->syms.n; i++) {
      const QSym *x = q->syms.items[i];
      if (x->kind == QK_FACT && !strncmp(x->name, prefix, pl) && x->name[pl] == '.' && !strchr(x->name + pl + 1, '.'))
        item(&b, &n, x->name + pl + 1, x->decl->as.fact.children.n ? CK_MODULE : CK_FIELD,
             x->decl->as.fact.type ? zan_strndup(x->decl->as.fact.type->loc.src->text + x->decl->as.fact.type->loc.start,
                                                x->decl->as.fact.type->loc.end - x->decl->as.fact.type->loc.start) : NULL);
      else if (x->kind == QK_MEMBER && x->decl->as.enm.name.text && !strcmp(x->decl->as.enm.name.text, prefix))
        item(&b, &n, x->name, CK_ENUM_MEMBER, prefix);
    }
  } else if ((want_enum = expected_enum(q, t, start, set))) {
    for (int i = 0; i < q->syms.n; i++) {
      const QSym *x = q->syms.items[i];
      if (x->kind == QK_MEMBER && !strcmp(x->decl->as.enm.name.text, want_enum)) item(&b, &n, x->name, CK_ENUM_MEMBER, want_enum);
    }
  } else if (after_keyword(t, start, set, "then")) {
    for (int i = 0; i < q->syms.n; i++) {
      const QSym *x = q->syms.items[i];
      if (x->kind == QK_OUTPUT) item(&b, &n, x->name, CK_VARIABLE, NULL);
    }
  } else if (after_keyword(t, start, set, "to")) {
    for (int i = 0; i < q->syms.n; i++) {
      const QSym *x = q->syms.items[i];
      if (x->kind == QK_RULE && !x->decl->as.rule.is_exception) item(&b, &n, x->name, CK_EVENT, NULL);
    }
  } else {
    /* names that can start an expression, enum members where a value is expected, keywords */
    for (int i = 0; i < q->syms.n; i++) {
      const QSym *x = q->syms.items[i];
      int kind = x->kind == QK_FACT ? (strchr(x->name, '.') ? -1 : CK_MODULE)
               : x->kind == QK_OUTPUT ? CK_VARIABLE : x->kind == QK_CONST ? CK_CONSTANT
               : x->kind == QK_PARAM ? CK_CONSTANT : x->kind == QK_FN ? CK_FUNCTION
               : x->kind == QK_ENUM ? CK_ENUM : x->kind == QK_TYPE ? CK_CLASS
               : x->kind == QK_MEMBER ? CK_ENUM_MEMBER : -1;
      if (kind >= 0) item(&b, &n, x->name, kind, x->kind == QK_MEMBER ? x->decl->as.enm.name.text : NULL);
    }
    for (size_t k = 0; k < sizeof kw_forms / sizeof kw_forms[0]; k++)
      if (set >= 0 && set < 3) item(&b, &n, kw_forms[k][set], CK_KEYWORD, NULL);
  }
  buf_puts(&b, "]}");
  return buf_cstr(&b);
}
