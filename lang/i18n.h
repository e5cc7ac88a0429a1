/* i18n.h — a policy's texts as translators see them: every text block with a stable id,
 * fingerprints of source texts, and the checks of `zan i18n check` (missing, stale,
 * placeholders/numbers/dates, glossary). Pure: reads parsed Files, reports through Diags. */
#ifndef ZAN_I18N_H
#define ZAN_I18N_H
#include <stdbool.h>
#include <stddef.h>
#include "ast.h"
#include "base/diag.h"

/* The language every translation is made from (docs/i18n.md). */
#define I18N_SOURCE_LANG LANG_EN
enum { I18N_NLANG = 3 };   /* LANG_EN, LANG_RU, LANG_KK: the languages a text block holds */

/* One text block of a policy. */
typedef struct I18nText {
  const char  *id;             /* "article:17.3.6:text", "rule:emotion_without_consent:explain", … */
  const File  *file;
  const Texts *texts;
  int          item[I18N_NLANG];   /* index in texts->items per Lang (EN, RU, KK); -1 = absent */
} I18nText;

/* All text blocks of the files, in file and source order. Ids are unique: an id that two
 * modules would share gets "@MODULE" appended (the file's stem) on each. */
I18nText *i18n_collect(File *const *files, int nfiles, int *n);
const I18nText *i18n_find(const I18nText *t, int n, const char *id);
const TextItem *i18n_item(const I18nText *t, Lang l);   /* NULL when absent */

/* Fingerprint of a source text: FNV-1a 64 of its NFC UTF-8 bytes, the first 8 of the 16
 * lowercase hex digits. out gets 8 digits and a NUL. */
uint64_t i18n_fnv1a64(const char *s, size_t n);
void     i18n_fingerprint(const char *text, char out[9]);
bool     i18n_fingerprint_valid(const char *fp);       /* exactly 8 hex digits */

/* ---- things that must agree between languages ---- */
typedef enum { I18N_TOK_PLACEHOLDER, I18N_TOK_NUMBER, I18N_TOK_DATE } I18nTokKind;
typedef struct I18nTok {
  I18nTokKind kind;
  const char *norm;            /* "{system.name}", "4325", "2026-01-18", "2024-07" */
  size_t      off, len;        /* in the text (bytes) */
} I18nTok;
/* Placeholders `{…}`, numbers (thousands separators removed; a decimal or dotted id gives
 * each digit run: "0,5" and "0.5" are both 0 and 5; article references «17-бап», «статьи
 * 17», "17(3)" give their numbers), dates (ISO, DD.MM.YYYY, and "18 January 2026",
 * «18 января 2026 года», «2026 жылғы 18 қаңтар» with month names in en/ru/kk). */
I18nTok *i18n_extract(const char *text, int *n);

/* ---- glossary: kk/ru/en triples (glossary.tsv) ---- */
typedef struct GlossForm {     /* one accepted form of a term in one language */
  const char  *text;           /* as written in the glossary */
  int          nwords;
  const char **words;          /* case-folded words */
} GlossForm;
typedef struct GlossEntry {
  int        nforms[I18N_NLANG];
  GlossForm *forms[I18N_NLANG];   /* forms[l][0] is the approved term; others are accepted variants */
  int        line;
} GlossEntry;
typedef struct Glossary { int n; GlossEntry *entries; const char *path; } Glossary;

/* Parses glossary.tsv: a header line, then `kk<TAB>ru<TAB>en` lines; a cell may list
 * variants separated by " | " (the first is the approved term); `#` lines and blank lines
 * are skipped. Errors go to d (file:line). */
Glossary *i18n_glossary_parse(const Source *src, Diags *d);
/* Whether text uses entry e's term in language l. strict: the word forms zan is sure of
 * (the side that triggers a finding); loose: any plausible inflection (the side that must
 * show the approved term). On a hit sets off and len (bytes of text) when not NULL. */
bool i18n_term_used(const Glossary *g, int e, Lang l, const char *text, bool strict, size_t *off, size_t *len);

/* ---- the check ---- */
typedef struct I18nCheckOptions {
  const Glossary *glossary;    /* NULL: no glossary check */
  bool            strict;      /* also report translations without a fingerprint */
  int             only_lang;   /* -1: all; else LANG_RU or LANG_KK */
} I18nCheckOptions;
/* Reports every finding as a DIAG_WARNING (with a note at the other language's text where
 * there is one). Returns the number of findings. */
int i18n_check(const I18nText *t, int n, const I18nCheckOptions *o, Diags *d);
#endif
