/* rewrite.h — byte-exact rewriting of a source file: a set of replacements of byte spans,
 * everything outside them kept as it was; and the edits that set a text's translation and
 * fingerprint (zan i18n import and stamp). */
#ifndef ZAN_REWRITE_H
#define ZAN_REWRITE_H
#include <stddef.h>
#include <stdint.h>
#include "base/source.h"
#include "i18n.h"

typedef struct RwEdit { uint32_t start, end; const char *text; int seq; } RwEdit;
typedef struct RwEdits {
  const Source *src;
  int     keyword_set;   /* the file's keyword set: inserted keywords (`from`) are written in it */
  int     n, cap;
  RwEdit *items;
} RwEdits;

void  rw_init(RwEdits *e, const Source *src, int keyword_set);
/* Replaces bytes [start, end) with text (start == end: an insertion). */
void  rw_replace(RwEdits *e, uint32_t start, uint32_t end, const char *text);
/* The new file: the source with every edit applied (insertions at one place in the order
 * made). Returns NULL when two replacements overlap. */
char *rw_apply(const RwEdits *e, size_t *len);
/* A zan text literal whose value is text: quotes, with \\ and \" escaped; newlines, tabs
 * and other characters are written as they are (the lexer takes them raw). */
char *rw_quote(const char *text);
/* Sets language l of text block t: text (NULL = keep the current one) and fingerprint
 * (NULL = keep what is there, present or not). A missing item is added in kk, ru, en order,
 * on its own line when the block's items are on their own lines. */
void  rw_set_translation(RwEdits *e, const I18nText *t, Lang l, const char *text, const char *fp);
#endif
