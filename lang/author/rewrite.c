/* rewrite.c — byte-exact source rewriting: only the spans of changed string literals and
 * fingerprints are replaced, so comments, layout and everything else stay byte-identical. */
#include "rewrite.h"
#include <stdlib.h>
#include <string.h>
#include "base/alloc.h"
#include "base/buf.h"
#include "lexer.h"

void rw_init(RwEdits *e, const Source *src, int keyword_set) {
  memset(e, 0, sizeof *e);
  e->src = src;
  e->keyword_set = keyword_set;
}

void rw_replace(RwEdits *e, uint32_t start, uint32_t end, const char *text) {
  ZAN_GROW(e->items, e->n, e->cap, 8);
  e->items[e->n] = (RwEdit){ start, end, text, e->n };
  e->n++;
}

static int edit_cmp(const void *a, const void *b) {
  const RwEdit *x = a, *y = b;
  if (x->start != y->start) return x->start < y->start ? -1 : 1;
  if ((x->end == x->start) != (y->end == y->start)) return x->end == x->start ? -1 : 1;   /* insertions first */
  return x->seq - y->seq;
}

char *rw_apply(const RwEdits *e, size_t *len) {
  RwEdit *s = ZAN_NEWN(RwEdit, e->n);
  if (e->n) memcpy(s, e->items, sizeof(RwEdit) * (size_t)e->n);
  qsort(s, (size_t)e->n, sizeof(RwEdit), edit_cmp);
  Buf b;
  buf_init(&b);
  uint32_t pos = 0;
  for (int i = 0; i < e->n; i++) {
    if (s[i].start < pos || s[i].end < s[i].start || s[i].end > e->src->len) return NULL;
    buf_append(&b, e->src->text + pos, s[i].start - pos);
    buf_puts(&b, s[i].text);
    pos = s[i].end;
  }
  buf_append(&b, e->src->text + pos, e->src->len - pos);
  if (len) *len = b.len;
  return b.data ? b.data : zan_strdup("");
}

char *rw_quote(const char *text) {
  Buf b;
  buf_init(&b);
  buf_push(&b, '"');
  for (const char *p = text; *p; p++) {
    if (*p == '"' || *p == '\\') buf_push(&b, '\\');
    buf_push(&b, *p);
  }
  buf_push(&b, '"');
  return zan_strdup(buf_cstr(&b));
}

static int rank(const char *tag) {
  if (!tag) return 3;
  if (!strcmp(tag, "kk")) return 0;
  if (!strcmp(tag, "ru")) return 1;
  if (!strcmp(tag, "en")) return 2;
  return 3;
}

/* Start of the line holding off, and whether only blanks come before off on it. */
static uint32_t line_start(const Source *s, uint32_t off, bool *first_on_line) {
  uint32_t ls = off;
  while (ls > 0 && s->text[ls - 1] != '\n') ls--;
  bool first = true;
  for (uint32_t i = ls; i < off; i++)
    if (s->text[i] != ' ' && s->text[i] != '\t') first = false;
  if (first_on_line) *first_on_line = first;
  return ls;
}

void rw_set_translation(RwEdits *e, const I18nText *t, Lang l, const char *text, const char *fp) {
  const TextItem *it = i18n_item(t, l);
  const Source *s = e->src;
  if (it) {
    if (text) rw_replace(e, it->loc.start, it->loc.end, rw_quote(text));
    if (fp) {
      if (it->fingerprint) rw_replace(e, it->fp_loc.start, it->fp_loc.end, rw_quote(fp));
      else rw_replace(e, it->loc.end, it->loc.end, zan_sprintf(" %s %s", lex_keyword_text(T_FROM, e->keyword_set), rw_quote(fp)));
    }
    return;
  }
  if (!text) return;
  const char *item = zan_sprintf("%s %s%s", lang_tag(l), rw_quote(text),
                                 fp ? zan_sprintf(" %s %s", lex_keyword_text(T_FROM, e->keyword_set), rw_quote(fp)) : "");
  const Texts *tx = t->texts;
  int r = rank(lang_tag(l));
  for (int i = 0; i < tx->n; i++) {
    const TextItem *o = &tx->items[i];
    if (rank(o->lang.text) <= r) continue;
    uint32_t start = o->lang.loc.src ? o->lang.loc.start : o->loc.start;
    bool first;
    uint32_t ls = line_start(s, start, &first);
    if (first) rw_replace(e, ls, ls, zan_sprintf("%.*s%s\n", (int)(start - ls), s->text + ls, item));
    else rw_replace(e, start, start, zan_sprintf("%s ", item));
    return;
  }
  if (tx->n > 0) {
    const TextItem *o = &tx->items[tx->n - 1];
    uint32_t start = o->lang.loc.src ? o->lang.loc.start : o->loc.start;
    uint32_t end = o->fingerprint ? o->fp_loc.end : o->loc.end;
    bool first;
    uint32_t ls = line_start(s, start, &first);
    if (first) rw_replace(e, end, end, zan_sprintf("\n%.*s%s", (int)(start - ls), s->text + ls, item));
    else rw_replace(e, end, end, zan_sprintf(" %s", item));
    return;
  }
  uint32_t brace = tx->loc.start + 1;
  bool close = brace < s->len && s->text[brace] == '}';
  rw_replace(e, brace, brace, zan_sprintf(" %s%s", item, close ? " " : ""));
}
