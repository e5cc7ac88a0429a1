/* fmt.h — `zan fmt`: the canonical layout of a .zan file, printed from its syntax tree and
 * its comments, and the conversion of a file's keyword set that changes nothing else. */
#ifndef ZAN_FMT_H
#define ZAN_FMT_H
#include <stddef.h>
#include "ast.h"
#include "base/diag.h"

/* The column limits the layout aims at: function bodies longer than FMT_WIDTH move to the
 * next line and set literals fill several lines; conditions longer than FMT_CHAIN_WIDTH break
 * before each `and`/`or` (docs/language.md §1.2). */
enum { FMT_WIDTH = 100, FMT_CHAIN_WIDTH = 80 };

/* The canonical text of src (UTF-8, '\n' line ends, one final newline). NULL when the file has
 * lexical or syntax errors: they are reported to d, and E_FMT_SYNTAX_ERRORS besides.
 * Comments are all kept; string literals, numbers and dates are re-emitted exactly as written.
 * fmt_source(fmt_source(x)) == fmt_source(x), and the file means the same. */
char *fmt_source(const Source *src, Diags *d, size_t *len);

/* The same for a file parsed without errors (f->src is its source). */
char *fmt_file(const File *f, size_t *len);

/* src with its keywords in set target (0 en, 1 ru, 2 kk) and nothing else changed: exactly the
 * keyword tokens are replaced (a module or import name that happens to be a keyword is a name
 * and stays), and the first line `-- zan: keywords …` is written, replaced, or removed for
 * English. Converting back gives the original bytes (multi-word keywords written with one
 * space; English duration units in the number they agree with). NULL after reporting to d when
 * the file has syntax errors or uses an identifier that is a keyword of the target set. */
char *fmt_convert_keywords(const Source *src, int target, Diags *d, size_t *len);
/* A keyword set by name ("en" 0, "ru" 1, "kk" 2), -1 for another: for callers that cannot
 * include lexer.h (its token names clash with types.h). */
int   fmt_keyword_set(const char *name);
#endif
