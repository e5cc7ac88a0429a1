/* lsp_tokens.c — textDocument/semanticTokens/full: the file lexed again (keywords of its
 * keyword set, strings, numbers and dates, comments), names typed by what they name, so any
 * LSP editor colours zan in all three keyword sets correctly (tokens: query_tokens). */
#include <stdlib.h>
#include <string.h>
#include "lsp.h"
#include "../../lang/base/alloc.h"

const char *const lsp_token_types[] = { "keyword", "string", "number", "comment", "variable", "property",
  "function", "enum", "enumMember", "type", "namespace", "parameter", "event", NULL };
enum { TT_KEYWORD, TT_STRING, TT_NUMBER, TT_COMMENT, TT_VARIABLE, TT_PROPERTY, TT_FUNCTION, TT_ENUM,
       TT_MEMBER, TT_TYPE, TT_NAMESPACE, TT_PARAMETER, TT_EVENT };

typedef struct Tok { uint32_t start, end; int type; bool decl; } Tok;

static int cmp_ref(const void *a, const void *b) {
  const QRef *x = *(const QRef *const *)a, *y = *(const QRef *const *)b;
  return x->loc.start < y->loc.start ? -1 : x->loc.start > y->loc.start;
}

static int type_of(QueryKind k) {
  switch (k) {
  case QK_FACT: return TT_PROPERTY;
  case QK_OUTPUT: case QK_CONST: case QK_PARAM: return TT_VARIABLE;
  case QK_RULE: return TT_EVENT;
  case QK_ENUM: return TT_ENUM;
  case QK_MEMBER: return TT_MEMBER;
  case QK_TYPE: return TT_TYPE;
  case QK_FN: return TT_FUNCTION;
  case QK_MODULE: return TT_NAMESPACE;
  case QK_LOCAL: return TT_PARAMETER;
  default: return -1;
  }
}

char *lsp_semantic_tokens(Lsp *s, const FNode *id, const FNode *params) {
  LspAt at;
  if (!lsp_at(s, params, &at)) return "{\"data\":[]}";
  const Source *src = at.src;
  int n = 0;
  QToken *lt = query_tokens(src, &n);
  /* this file's named places by start, walked beside the tokens (one pass, not a search each) */
  Vec refs = { 0 };
  for (int i = 0; i < at.pol->q->refs.n; i++)
    if (((QRef *)at.pol->q->refs.items[i])->loc.src == src) vec_push(&refs, at.pol->q->refs.items[i]);
  if (refs.n) qsort(refs.items, (size_t)refs.n, sizeof(void *), cmp_ref);
  int ri = 0;
  Tok *toks = ZAN_NEWN(Tok, (size_t)n + 1);
  int k = 0;
  for (int i = 0; i < n; i++) {
    int type = lt[i].cls == QT_KEYWORD ? TT_KEYWORD : lt[i].cls == QT_STRING ? TT_STRING
             : lt[i].cls == QT_NUMBER ? TT_NUMBER : lt[i].cls == QT_COMMENT ? TT_COMMENT : -1;
    bool decl = false;
    if (lt[i].cls == QT_IDENT) {
      while (ri < refs.n && ((QRef *)refs.items[ri])->loc.start < lt[i].start) ri++;
      for (int j = ri; j < refs.n && ((QRef *)refs.items[j])->loc.start == lt[i].start; j++) {
        const QRef *r = refs.items[j];
        if (r->loc.end == lt[i].end) { type = type_of(r->sym->kind); decl = r->is_decl; break; }
      }
    }
    if (type >= 0) toks[k++] = (Tok){ lt[i].start, lt[i].end, type, decl };
  }
  /* relative encoding; a token over several lines (a long string) is sent line by line */
  Buf b; buf_init(&b);
  buf_puts(&b, "{\"data\":[");
  uint32_t pline = 0, pchar = 0, line = 0, lstart = 0, scan = 0;
  int out = 0;
  const char *t = src->text;
  for (int i = 0; i < k; i++) {
    uint32_t a = toks[i].start, e = toks[i].end;
    if (a < scan) continue;                         /* overlapping: keep the first */
    while (a < e) {
      for (; scan < a; scan++) if (t[scan] == '\n') { line++; lstart = scan + 1; }
      uint32_t stop = a;
      while (stop < e && t[stop] != '\n') stop++;
      uint32_t ch = 0, len = 0;
      for (uint32_t x = lstart; x < a; x++) if (((unsigned char)t[x] & 0xC0) != 0x80) ch += s->utf8 ? 0 : ((unsigned char)t[x] >= 0xF0 ? 2 : 1);
      if (s->utf8) ch = a - lstart;
      for (uint32_t x = a; x < stop; x++) if (((unsigned char)t[x] & 0xC0) != 0x80) len += s->utf8 ? 0 : ((unsigned char)t[x] >= 0xF0 ? 2 : 1);
      if (s->utf8) len = stop - a;
      if (len) {
        buf_printf(&b, "%s%u,%u,%u,%d,%d", out++ ? "," : "", line - pline, line == pline ? ch - pchar : ch, len,
                   toks[i].type, toks[i].decl ? 1 : 0);
        pline = line; pchar = ch;
      }
      a = stop < e ? stop + 1 : stop;
      scan = stop;
    }
  }
  buf_puts(&b, "]}");
  return buf_cstr(&b);
}
