/* po.h — gettext PO files: the writer of `zan i18n export` and a tolerant, exact reader
 * for `zan i18n import` (msgctxt/msgid/msgstr, multi-line strings, escapes, comments, flags). */
#ifndef ZAN_PO_H
#define ZAN_PO_H
#include <stdbool.h>
#include "base/buf.h"
#include "base/diag.h"

typedef struct PoEntry {
  const char *ctxt;        /* msgctxt, NULL when absent */
  const char *id;          /* msgid */
  const char *str;         /* msgstr (msgstr[0] for a plural entry) */
  bool        fuzzy;       /* `#, fuzzy` */
  bool        plural;      /* had msgid_plural (zan texts have none: skipped by import) */
  bool        obsolete;    /* `#~` entry */
  Loc         loc;         /* the entry's first keyword */
  const char *comment;     /* `#.` lines joined with \n (writer), or NULL */
  const char *reference;   /* `#:` text (writer), or NULL */
  const char *previous;    /* `#| msgid`: the source text the translation was made from (writer), or NULL */
} PoEntry;

typedef struct PoFile {
  int      n;
  PoEntry *entries;        /* in file order, the header (msgid "") included */
  const char *language;    /* the header's Language field, NULL when absent */
  const char *charset;     /* from Content-Type, NULL when absent */
} PoFile;

/* Reads a PO file. Syntax errors go to d with line:col; returns NULL when any was found. */
PoFile *po_parse(const Source *src, Diags *d);
/* A header entry's field ("Language") from its msgstr, or NULL. */
const char *po_header_field(const char *header, const char *name);

/* Writes one PO string keyword: `msgid "…"`, split after each \n into several lines when the
 * text has more than one line (the first line then is ""). Escapes \\ \" \n \t \r and other
 * control bytes (octal). */
void po_write_string(Buf *b, const char *keyword, const char *s);
/* Writes an entry: comments (#. and #:), flags, the previous msgid (#|), msgctxt, msgid,
 * msgstr, then a blank line. */
void po_write_entry(Buf *b, const PoEntry *e);
#endif
