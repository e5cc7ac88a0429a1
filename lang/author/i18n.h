/* i18n.h — a policy's texts as translators see them: every text block with a stable id,
 * fingerprints of source texts, and the checks of `zan i18n check` (missing, stale,
 * placeholders/numbers/dates, glossary). Pure: reads parsed Files, reports through Diags. */
#ifndef ZAN_I18N_H
#define ZAN_I18N_H
#include <stdbool.h>
#include <stddef.h>
#include "ast.h"
#include "base/diag.h"

/* The language translations are made from where a text has no official text (docs/i18n.md). */
#define I18N_SOURCE_LANG LANG_EN
enum { I18N_NLANG = 3 };   /* LANG_EN, LANG_RU, LANG_KK: the languages a text block holds */

/* One text block of a policy. */
typedef struct I18nText {
  const char  *id;             /* "article:17.3.6:text", "rule:emotion_without_consent:explain", … */
  const File  *file;
  const Texts *texts;
  int          item[I18N_NLANG];   /* index in texts->items per Lang (EN, RU, KK); -1 = absent */
  /* Translation direction: an article text with an official text is translated from it (the
   * first official one written); every other text from English. Official texts are the law's
   * own words: never stale, never exported for translation, never rewritten by import/stamp. */
  Lang         source;
  bool         official[I18N_NLANG];
} I18nText;

/* All text blocks of the files, in file and source order. Ids are unique: an id that two
 * modules would share gets "@MODULE" appended (the file's stem) on each. */
I18nText *i18n_collect(File *const *files, int nfiles, int *n);
const I18nText *i18n_find(const I18nText *t, int n, const char *id);
const TextItem *i18n_item(const I18nText *t, Lang l);   /* NULL when absent */
const TextItem *i18n_source(const I18nText *t);         /* the source text, NULL when absent */
/* Whether language l of t is a translation (made from the source text): not the source
 * language, not an official text. */
bool i18n_is_translation(const I18nText *t, Lang l);

/* ---- previous source texts (i18n-sources.tsv beside the policy) ----
 * A fingerprint cannot be turned back into the text it was taken from, so `zan i18n stamp`
 * and `import` keep every source text they record a fingerprint of, keyed by it; `export`
 * then shows a stale translation's previous source as `#| msgid`. One line per text:
 * FINGERPRINT TAB TEXT (\\, \n, \t, \r escaped), sorted by fingerprint. */
typedef struct I18nStore { int n, cap; const char **fps, **texts; bool changed; } I18nStore;
/* Reads path into a new store; a missing file gives an empty store. NULL and *err set when
 * the file exists but cannot be read. Malformed lines are skipped. */
I18nStore  *i18n_store_read(const char *path, const char **err);
const char *i18n_store_get(const I18nStore *s, const char *fp);   /* NULL when unknown */
void        i18n_store_put(I18nStore *s, const char *text);       /* keyed by its fingerprint */
const char *i18n_store_format(const I18nStore *s);                /* the file's bytes */

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
