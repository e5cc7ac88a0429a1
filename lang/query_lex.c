/* query_lex.c — the lexical side of query.h: a file's tokens by class (keywords of its set,
 * strings, numbers and dates, names, comments) and keyword look-ups, for editors. */
#include <stdlib.h>
#include "query.h"
#include "lexer.h"

static int cmp_tok(const void *a, const void *b) {
  const QToken *x = a, *y = b;
  return x->start < y->start ? -1 : x->start > y->start;
}

QToken *query_tokens(const Source *src, int *n) {
  Diags d;
  diags_init(&d, LANG_EN);
  File *f = ast_file_new(src);
  int nt = 0;
  LexToken *lt = lex_all(src, &d, f, &nt);
  QToken *out = ZAN_NEWN(QToken, (size_t)nt + (size_t)f->ncomments + 1);
  int k = 0;
  for (int i = 0; i < nt; i++) {
    int kind = lt[i].kind, cls = -1;
    if (kind == T_END || kind == T_ERROR) continue;
    if (kind == T_STRING) cls = QT_STRING;
    else if (kind == T_INT || kind == T_DEC || kind == T_DATE) cls = QT_NUMBER;
    else if (kind == T_IDENT) cls = QT_IDENT;
    else if (kind == T_IN_FORCE || kind == T_AS_OF || lex_keyword_text(kind, 0)) cls = QT_KEYWORD;
    if (cls >= 0) out[k++] = (QToken){ lt[i].loc.start, lt[i].loc.end, (QTokenClass)cls };
  }
  for (int i = 0; i < f->ncomments; i++) {
    uint32_t a = f->comments[i].loc.start, e = a;
    while (e < src->len && src->text[e] != '\n' && src->text[e] != '\r') e++;
    out[k++] = (QToken){ a, e, QT_COMMENT };
  }
  qsort(out, (size_t)k, sizeof *out, cmp_tok);
  *n = k;
  return out;
}

const char *query_keyword(const char *text, size_t len, int set) {
  int tok = lex_keyword(text, len, set);
  return tok ? lex_keyword_text(tok, 0) : NULL;
}

int query_keyword_other_set(const char *text, size_t len, int not_set, const char **english) {
  int set = lex_keyword_other_set(text, len, not_set);
  int tok = set >= 0 ? lex_keyword(text, len, set) : 0;
  if (!tok) return -1;
  *english = lex_keyword_text(tok, 0);
  return set;
}

const char *query_keyword_set_name(int set) { return lex_keyword_set_name(set); }
